package org.loyaldesk.search.web;

import java.util.List;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.search.ConversationSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page behind the search box in the top bar, with its filters. */
@Controller
class SearchPage {

    private static final int PAGE = 20;

    private final ConversationSearch search;
    private final AgentDirectory directory;
    private final LoyaldeskProperties properties;

    SearchPage(ConversationSearch search, AgentDirectory directory, LoyaldeskProperties properties) {
        this.search = search;
        this.directory = directory;
        this.properties = properties;
    }

    @GetMapping("/search")
    String search(@ModelAttribute("search") SearchParameters parameters,
                  @RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("searchText", parameters.q());
        model.addAttribute("statuses", List.of(ConversationStatus.values()));
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("agents", directory.agents());
        model.addAttribute("teams", directory.teams());
        if (parameters.hasText()) {
            try {
                model.addAttribute("results", search.search(parameters.request(properties.timeZone(),
                    Math.max(0, offset), PAGE)));
            } catch (IllegalArgumentException e) {
                // the page explains in the reader's language; the API gives the details
                model.addAttribute("errorKey", "search.invalid");
            }
        }
        return "search";
    }
}
