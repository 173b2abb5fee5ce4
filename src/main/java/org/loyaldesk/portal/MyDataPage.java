package org.loyaldesk.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.StorableText;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My data": what Loyaldesk holds about the customer, and asking for it to be erased. The request
 * reaches the team as a conversation, because erasing is a decision a person takes (an open order or
 * a legal hold may keep data back), and the customer can follow it like any other.
 */
@Controller
class MyDataPage {

    static final String ERASURE_TAG = "erasure-request";

    private final ErasureRequests erasures;
    private final MessageSource messages;

    MyDataPage(ErasureRequests erasures, MessageSource messages) {
        this.erasures = erasures;
        this.messages = messages;
    }

    @GetMapping("/portal/my-data")
    String page(@AuthenticationPrincipal PortalCustomer customer) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        return "portal/my-data";
    }

    @PostMapping("/portal/my-data/erasure")
    String requestErasure(@AuthenticationPrincipal PortalCustomer customer, @RequestParam(required = false) String note,
                          Locale locale, Model model, HttpServletResponse response) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        if (note != null && (note.length() > CustomerInput.MAX_TEXT || !StorableText.isStorable(note))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorKey", note.length() > CustomerInput.MAX_TEXT ? "portal.error.long" : "portal.error.characters");
            return "portal/my-data";
        }
        String text = messages.getMessage("portal.erasure.message", null, locale)
            + (note == null || note.isBlank() ? "" : "\n\n" + note.strip());
        long id = erasures.request(customer, messages.getMessage("portal.erasure.subject", null, locale), text);
        return "redirect:/portal/conversations/" + id + "?sent";
    }
}
