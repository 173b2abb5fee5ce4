package org.loyaldesk.conversation.web;

import java.util.List;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.LikelyDuplicates;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's page: everything we know, every conversation on every channel, and merging a duplicate. */
@Controller
class CustomerPageController {

    private final CustomerDirectory customers;
    private final LikelyDuplicates duplicates;
    private final ConversationQueries queries;

    CustomerPageController(CustomerDirectory customers, LikelyDuplicates duplicates, ConversationQueries queries) {
        this.customers = customers;
        this.duplicates = duplicates;
        this.queries = queries;
    }

    @GetMapping("/customers")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : customers.search(q, 50));
        return "customers";
    }

    @GetMapping("/customers/{id}")
    String customer(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var profile = customers.profile(id).orElseThrow(() -> new NotFoundException("Customer", id));
        if (profile.mergedIntoId() != null) {
            return "redirect:/customers/" + profile.mergedIntoId();
        }
        model.addAttribute("customer", profile);
        model.addAttribute("contactWarnings", customers.warnings(profile));
        model.addAttribute("conversations", queries.ofCustomer(id, 100));
        model.addAttribute("duplicates", duplicates.of(id));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("candidates", q == null || q.isBlank() ? List.of()
            : customers.search(q, 10).stream().filter(candidate -> candidate.id() != id).toList());
        return "customer";
    }

    @PostMapping("/customers/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicateId, RedirectAttributes redirect) {
        try {
            customers.merge(id, duplicateId);
            redirect.addFlashAttribute("noticeKey", "customer.merged");
        } catch (RuleViolationException | NotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/customers/" + id;
    }
}
