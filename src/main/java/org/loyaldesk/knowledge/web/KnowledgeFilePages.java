package org.loyaldesk.knowledge.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.knowledge.KnowledgeFiles;
import org.loyaldesk.platform.PayloadTooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Serving an article's files, and the team's upload and removal from the article's page. The
 * help centre serves a file only while its article is public; the team's address serves any.
 * Every answer says exactly what the file is (its type was read from its content on upload) and
 * forbids the browser to guess otherwise; images are shown, PDFs downloaded.
 */
@Controller
class KnowledgeFilePages {

    private static final Duration PUBLIC_CACHE = Duration.ofDays(1);

    private final KnowledgeFiles files;
    private final MessageSource messages;

    KnowledgeFilePages(KnowledgeFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    /** The name in the address is for people; the id decides. */
    @GetMapping("/help/files/{fileId}/{filename}")
    ResponseEntity<byte[]> publicFile(@PathVariable long fileId, @PathVariable String filename) {
        return serve(files.publicContent(fileId), CacheControl.maxAge(PUBLIC_CACHE).cachePublic());
    }

    @GetMapping("/knowledge/files/{fileId}/{filename}")
    ResponseEntity<byte[]> teamFile(@PathVariable long fileId, @PathVariable String filename) {
        return serve(files.content(fileId), CacheControl.noCache().cachePrivate());
    }

    @PostMapping("/knowledge/articles/{id}/files")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Locale locale, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errorKey", "kb.team.files.empty");
            return "redirect:" + HelpLinks.forTeam(id);
        }
        try {
            KnowledgeFiles.StoredFile stored = files.add(id, file.getOriginalFilename(), file.getContentType(),
                ArticleFilesApi.bytes(file));
            redirect.addFlashAttribute("notice", messages.getMessage("kb.team.files.added",
                new Object[] { stored.filename() }, locale));
        } catch (KnowledgeFiles.UnsupportedFileException e) {
            redirect.addFlashAttribute("errorKey", "kb.team.files.unsupported");
        } catch (PayloadTooLargeException e) {
            redirect.addFlashAttribute("error", messages.getMessage("kb.team.files.tooLarge",
                new Object[] { KnowledgeFiles.MAX_BYTES / (1024 * 1024) }, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + HelpLinks.forTeam(id);
    }

    @PostMapping("/knowledge/articles/{id}/files/{fileId}/delete")
    String delete(@PathVariable long id, @PathVariable long fileId, Locale locale, RedirectAttributes redirect) {
        files.find(fileId).filter(file -> file.articleId() == id).ifPresentOrElse(file -> {
            files.delete(fileId);
            redirect.addFlashAttribute("notice", messages.getMessage("kb.team.files.deleted",
                new Object[] { file.filename() }, locale));
        }, () -> redirect.addFlashAttribute("errorKey", "kb.team.files.gone"));
        return "redirect:" + HelpLinks.forTeam(id);
    }

    private static ResponseEntity<byte[]> serve(Optional<KnowledgeFiles.Content> found, CacheControl cache) {
        if (found.isEmpty()) {
            // no body: an image tag or a download gets a plain 404, and nobody learns whether the file exists
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        KnowledgeFiles.StoredFile file = found.get().file();
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.contentType()))
            .contentLength(file.size())
            .cacheControl(cache)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; sandbox")
            .body(found.get().bytes());
    }
}
