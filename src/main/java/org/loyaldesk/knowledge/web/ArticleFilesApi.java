package org.loyaldesk.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.loyaldesk.knowledge.KnowledgeFiles;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An article's images and documents over REST: upload, list, remove. */
@RestController
@Tag(name = "Knowledge base")
class ArticleFilesApi {

    private final KnowledgeFiles files;

    ArticleFilesApi(KnowledgeFiles files) {
        this.files = files;
    }

    /** A file as the API shows it; 'url' is where the help centre serves it once the article is public. */
    record FileInfo(long id, long articleId, String filename, String contentType, long size, String url,
                    String html, Instant createdAt) {

        static FileInfo of(KnowledgeFiles.StoredFile file) {
            return new FileInfo(file.id(), file.articleId(), file.filename(), file.contentType(), file.size(), file.url(),
                file.snippet(), file.createdAt());
        }
    }

    @Operation(summary = "Add an image or PDF to an article", description = "Multipart form with the part 'file'. "
        + "Allowed are PNG, JPEG, GIF and WebP images and PDF documents, at most 5 MB each and 20 per article. What a "
        + "file is, is read from its content, not from its name or declared type: anything else (SVG included) is "
        + "answered 415, an empty file 400, a larger one 413. The answer's 'url' is the file's address in the help "
        + "centre (served only while the article is published and not internal) and 'html' the markup to put in the "
        + "article's body.")
    @PostMapping(path = "/api/v1/articles/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FileInfo> add(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        KnowledgeFiles.StoredFile stored = files.add(id, file.getOriginalFilename(), file.getContentType(), bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/articles/" + id + "/files/" + stored.id()))
            .body(FileInfo.of(stored));
    }

    @Operation(summary = "An article's images and PDFs", description = "Oldest first.")
    @GetMapping("/api/v1/articles/{id}/files")
    List<FileInfo> list(@PathVariable long id) {
        return files.list(id).stream().map(FileInfo::of).toList();
    }

    @Operation(summary = "One file of an article, without its content")
    @GetMapping("/api/v1/articles/{id}/files/{fileId}")
    FileInfo get(@PathVariable long id, @PathVariable long fileId) {
        return FileInfo.of(ofArticle(id, fileId));
    }

    @Operation(summary = "Remove a file from an article", description = "Its address stops working at once: remove "
        + "it from the article's text too. Recorded in the audit log.")
    @DeleteMapping("/api/v1/articles/{id}/files/{fileId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long fileId) {
        files.delete(ofArticle(id, fileId).id());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(KnowledgeFiles.UnsupportedFileException.class)
    ResponseEntity<ProblemDetail> unsupported(KnowledgeFiles.UnsupportedFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        problem.setType(URI.create("https://loyaldesk.org/problems/unsupported-file"));
        problem.setTitle("Unsupported file");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    private KnowledgeFiles.StoredFile ofArticle(long articleId, long fileId) {
        KnowledgeFiles.StoredFile file = files.find(fileId).filter(found -> found.articleId() == articleId)
            .orElseThrow(() -> new NotFoundException("File " + fileId + " of article", articleId));
        return file;
    }

    static byte[] bytes(MultipartFile file) {
        KnowledgeFiles.checkSize(file.getSize());
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
