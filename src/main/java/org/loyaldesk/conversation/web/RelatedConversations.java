package org.loyaldesk.conversation.web;

import java.util.Map;
import java.util.Optional;

import org.loyaldesk.conversation.LinkedConversations;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beside a conversation: the conversations linked to it, a field to link another by its number ("#12" or
 * "12", as agents say it) and a button to remove a link.
 */
@Controller
class RelatedConversations implements ConversationPanels {

    private final LinkedConversations links;

    RelatedConversations(LinkedConversations links) {
        this.links = links;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        return Optional.of(new Panel("conversation/related-panel", "panel",
            Map.of("conversationId", conversationId, "linked", links.of(conversationId))));
    }

    @PostMapping("/conversations/{id}/links")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String other, RedirectAttributes redirect) {
        Long otherId = number(other);
        if (otherId == null) {
            redirect.addFlashAttribute("errorKey", "links.error.number");
            return back(id);
        }
        try {
            links.link(id, otherId);
            redirect.addFlashAttribute("noticeKey", "links.linked");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errorKey", "links.error.self");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errorKey", "links.error.unknown");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorKey", "links.error.merged");
        }
        return back(id);
    }

    @PostMapping("/conversations/{id}/links/{other}/remove")
    String unlink(@PathVariable long id, @PathVariable long other, RedirectAttributes redirect) {
        try {
            links.unlink(id, other);
            redirect.addFlashAttribute("noticeKey", "links.unlinked");
        } catch (NotFoundException | IllegalArgumentException e) {
            redirect.addFlashAttribute("errorKey", "links.error.unknown");
        }
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/conversations/" + id + "#related";
    }

    private static Long number(String typed) {
        String digits = typed.strip().replaceFirst("^#", "").strip();
        if (!digits.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
