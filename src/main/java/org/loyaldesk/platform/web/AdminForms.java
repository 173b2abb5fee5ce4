package org.loyaldesk.platform.web;

import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a settings form answers: back to its page with "Saved." or with what was wrong in the admin's
 * language (a broken rule, a duplicate, something gone), never with an error page for a typing mistake.
 */
@Component
public class AdminForms {

    private final MessageSource messages;

    AdminForms(MessageSource messages) {
        this.messages = messages;
    }

    public String attempt(RedirectAttributes redirect, String page, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("noticeKey", "settings.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("error", e.code() == null ? e.getMessage()
                : messages.getMessage("rule." + e.code(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
        } catch (ConflictException | NotFoundException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + page;
    }
}
