package org.loyaldesk.knowledge.web;

import org.loyaldesk.knowledge.ArticleSuggestions;
import org.loyaldesk.knowledge.ConversationToArticle;
import org.loyaldesk.knowledge.HelpLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * The article panel of the conversation page, again after a new message; and the button that
 * turns the conversation into a draft article, which opens in the editor.
 */
@Controller
class ArticlePanelPage {

    private final ArticleSuggestions suggestions;
    private final ConversationToArticle drafts;

    ArticlePanelPage(ArticleSuggestions suggestions, ConversationToArticle drafts) {
        this.suggestions = suggestions;
        this.drafts = drafts;
    }

    @GetMapping("/knowledge/panel/{conversationId}")
    String panel(@PathVariable long conversationId, Model model) {
        model.addAttribute("panel", suggestions.panel(conversationId));
        return "knowledge/panel :: articles";
    }

    /** The agent put an article's link in the reply (recorded by the panel's script). */
    @PostMapping("/knowledge/inserts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void inserted(@RequestParam long articleId, @RequestParam long conversationId) {
        suggestions.inserted(articleId, conversationId);
    }

    @PostMapping("/knowledge/from-conversation/{conversationId}")
    String draft(@PathVariable long conversationId) {
        return "redirect:" + HelpLinks.forTeam(drafts.draft(conversationId).article().id());
    }
}
