package org.loyaldesk.insight.web;

import java.math.BigDecimal;

import org.loyaldesk.insight.ConversationInsight;
import org.loyaldesk.insight.CustomerChurn;
import org.loyaldesk.insight.RecoveryActions;
import org.loyaldesk.insight.RecoveryKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What agents and leads do from the insight panel and the customer's insight page. */
@Controller
class InsightActions {

    private final RecoveryActions recovery;
    private final CustomerChurn churn;
    private final ConversationInsight insight;
    private final MessageSource messages;

    InsightActions(RecoveryActions recovery, CustomerChurn churn, ConversationInsight insight, MessageSource messages) {
        this.recovery = recovery;
        this.churn = churn;
        this.insight = insight;
        this.messages = messages;
    }

    @PostMapping("/insight/conversations/{id}/recovery")
    String recover(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) String link, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        try {
            BigDecimal value = amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip().replace(',', '.'));
            recovery.record(id, RecoveryKind.fromCode(kind), value, link, note);
            redirect.addFlashAttribute("notice", text("insight.recovery.recorded"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", text("insight.recovery.invalid") + " " + e.getMessage());
        }
        return "redirect:/conversations/" + id;
    }

    @PostMapping("/insight/customers/{id}/churn")
    @PreAuthorize("hasRole('LEAD')")
    String markChurned(@PathVariable long id, @RequestParam(defaultValue = "true") boolean churned,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (churned) {
            churn.markChurned(id, reason);
        } else {
            churn.unmark(id);
        }
        insight.customerChanged(id);
        redirect.addFlashAttribute("notice", text(churned ? "insight.churn.marked" : "insight.churn.unmarked"));
        return "redirect:/insight/customers/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
