package org.loyaldesk.portal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.knowledge.ArticleHit;
import org.loyaldesk.knowledge.HelpCentreVisits;
import org.loyaldesk.knowledge.KnowledgeSearch;
import org.loyaldesk.platform.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A new request: a contact reason, the question, files; help-centre articles suggested while it is typed. */
@Controller
class NewRequestPage {

    private static final int SUGGESTIONS = 5;

    private final MyConversations conversations;
    private final ContactReasons reasons;
    private final KnowledgeSearch search;
    private final HelpCentreVisits visits;

    NewRequestPage(MyConversations conversations, ContactReasons reasons, KnowledgeSearch search,
                   HelpCentreVisits visits) {
        this.conversations = conversations;
        this.reasons = reasons;
        this.search = search;
        this.visits = visits;
    }

    @GetMapping("/portal/requests/new")
    String form(@AuthenticationPrincipal PortalCustomer customer, Model model) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        model.addAttribute("reasons", reasons.codes());
        return "portal/new-request";
    }

    @GetMapping("/portal/requests/suggest")
    String suggest(@AuthenticationPrincipal PortalCustomer customer, @RequestParam(required = false) String q,
                   Locale locale, HttpSession session, Model model) {
        List<ArticleHit> hits = List.of();
        if (customer.fullAccess() && q != null && q.strip().length() >= 4) {
            String text = q.length() > 400 ? q.substring(q.length() - 400) : q;
            hits = search.about(text, Language.of(locale.getLanguage()), SUGGESTIONS);
            PortalVisitor.suggested(session, visits, customer.customerId(), text.strip(), hits.size());
        }
        model.addAttribute("hits", hits);
        return "portal/fragments :: suggestions";
    }

    @PostMapping("/portal/requests/new")
    String send(@AuthenticationPrincipal PortalCustomer customer, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String text,
                @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
                HttpSession session, HttpServletResponse response) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        String wrong = CustomerInput.problem(subject, text, files);
        if (wrong != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasons", reasons.codes());
            model.addAttribute("errorKey", wrong);
            model.addAttribute("reason", reason);
            model.addAttribute("subject", subject);
            model.addAttribute("text", text);
            return "portal/new-request";
        }
        long id = conversations.start(customer, reason, CustomerInput.subject(subject), text.strip(),
            CustomerInput.files(files));
        PortalVisitor.sent(session);
        return "redirect:/portal/conversations/" + id + "?sent";
    }
}
