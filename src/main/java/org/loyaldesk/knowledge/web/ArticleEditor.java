package org.loyaldesk.knowledge.web;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.knowledge.Article;
import org.loyaldesk.knowledge.ArticleStatus;
import org.loyaldesk.knowledge.ArticleVersion;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.knowledge.KnowledgeFiles;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.PayloadTooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's page of one article: writing it (new, a change, a translation), its versions and
 * restoring one. A refused save shows the form again with everything as typed and says why.
 */
@Controller
class ArticleEditor {

    private final AgentDirectory agents;
    private final Articles articles;
    private final Categories categories;
    private final KnowledgeFiles files;
    private final MessageSource messages;

    ArticleEditor(Articles articles, Categories categories, KnowledgeFiles files, MessageSource messages,
                  AgentDirectory agents) {
        this.agents = agents;
        this.articles = articles;
        this.categories = categories;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/knowledge/articles/new")
    String blank(@RequestParam(required = false) Long translationOf, Locale locale, Model model) {
        ArticleForm form;
        if (translationOf == null) {
            form = new ArticleForm(Language.of(locale.getLanguage()).code(), "", "", "", null,
                ArticleStatus.DRAFT.code(), false, "", null, null);
        } else {
            Article original = articles.get(translationOf);
            Language other = original.language() == Language.NL ? Language.EN : Language.NL;
            form = new ArticleForm(other.code(), "", "", "", original.categoryId(), ArticleStatus.DRAFT.code(),
                original.internal(), "", null, original.id());
            model.addAttribute("original", original);
        }
        return editor(null, form, model);
    }

    @GetMapping("/knowledge/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Article article = articles.get(id);
        return editor(article, ArticleForm.of(article), model);
    }

    @PostMapping("/knowledge/articles")
    String create(@ModelAttribute("form") ArticleForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            return saved(articles.create(form.forCreate()), redirect);
        } catch (IllegalArgumentException | ConflictException | PayloadTooLargeException e) {
            if (form.translationOf() != null) {
                articles.find(form.translationOf()).ifPresent(original -> model.addAttribute("original", original));
            }
            return refused(e, null, form, model, response);
        }
    }

    @PostMapping("/knowledge/articles/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ArticleForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return saved(articles.update(id, form.forUpdate()), redirect);
        } catch (IllegalArgumentException | ConflictException | PayloadTooLargeException e) {
            return refused(e, articles.get(id), form, model, response);
        }
    }

    @GetMapping("/knowledge/articles/{id}/versions/{version}")
    String version(@PathVariable long id, @PathVariable int version, Model model) {
        Article article = articles.get(id);
        ArticleVersion shown = articles.versions(id).stream().filter(v -> v.version() == version).findFirst()
            .orElseThrow(() -> new NotFoundException("Version " + version + " of article", id));
        model.addAttribute("article", article);
        model.addAttribute("shown", shown);
        model.addAttribute("shownHtml", KnowledgeFiles.forTeam(shown.bodyHtml()));
        model.addAttribute("categoryNames", CategoryNames.of(categories.all()));
        return "knowledge/team-version";
    }

    @PostMapping("/knowledge/articles/{id}/versions/{version}/restore")
    String restore(@PathVariable long id, @PathVariable int version, Locale locale, RedirectAttributes redirect) {
        try {
            Article restored = articles.restore(id, version);
            redirect.addFlashAttribute("notice", messages.getMessage("kb.team.notice.restored",
                new Object[] { version, restored.version() }, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + HelpLinks.forTeam(id);
    }

    private static String saved(Articles.Saved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("noticeKey", saved.htmlCleaned() ? "kb.team.notice.savedCleaned"
            : "kb.team.notice.saved");
        return "redirect:" + HelpLinks.forTeam(saved.article().id());
    }

    private String refused(RuntimeException e, Article article, ArticleForm form, Model model,
                           HttpServletResponse response) {
        HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT
            : e instanceof PayloadTooLargeException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        model.addAttribute("error", e.getMessage());
        return editor(article, form, model);
    }

    private String editor(Article article, ArticleForm form, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("categories", categories.all());
        model.addAttribute("statuses", List.of(ArticleStatus.values()));
        model.addAttribute("languages", List.of(Language.values()));
        if (article != null) {
            Map<Long, String> names = agents.agentNames();
            model.addAttribute("agentNames", names);
            model.addAttribute("authorName", article.authorId() == null ? null : names.get(article.authorId()));
            model.addAttribute("editorName", article.editorId() == null ? null : names.get(article.editorId()));
            model.addAttribute("translations", articles.translations(article));
            model.addAttribute("versions", articles.versions(article.id()));
            model.addAttribute("files", files.list(article.id()));
            model.addAttribute("maxFileMegabytes", KnowledgeFiles.MAX_BYTES / (1024 * 1024));
            model.addAttribute("maxFiles", KnowledgeFiles.MAX_PER_ARTICLE);
            model.addAttribute("previewHtml", KnowledgeFiles.forTeam(article.bodyHtml()));
            model.addAttribute("helpLink", article.isPublic() ? HelpLinks.article(article.language(), article.slug())
                : null);
        }
        return "knowledge/team-article";
    }
}
