package org.loyaldesk.automation.reason.web;

import org.loyaldesk.automation.reason.ReasonSuggestions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** One click on the conversation page: the suggested contact reason becomes the conversation's, as the agent's choice. */
@Controller
class SuggestionAcceptance {

    private final ReasonSuggestions suggestions;

    SuggestionAcceptance(ReasonSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/automation/reasons/{conversationId}/accept")
    String accept(@PathVariable long conversationId) {
        suggestions.accept(conversationId);
        return "redirect:/conversations/" + conversationId;
    }
}
