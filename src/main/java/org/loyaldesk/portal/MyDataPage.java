package org.loyaldesk.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.StorableText;
import org.loyaldesk.privacy.Audience;
import org.loyaldesk.privacy.CustomerData;
import org.loyaldesk.privacy.CustomerDataExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final CustomerDataExport export;
    private final MessageSource messages;

    MyDataPage(ErasureRequests erasures, CustomerDataExport export, MessageSource messages) {
        this.export = export;
        this.erasures = erasures;
        this.messages = messages;
    }

    @GetMapping("/portal/my-data")
    String page(@AuthenticationPrincipal PortalCustomer customer, Model model) {
        if (!customer.fullAccess()) {
            return "redirect:/portal/sign-in?more";
        }
        model.addAttribute("data", export.export(customer.customerId(), Audience.CUSTOMER));
        return "portal/my-data";
    }

    @GetMapping("/portal/my-data.json")
    ResponseEntity<CustomerData> download(@AuthenticationPrincipal PortalCustomer customer) {
        if (!customer.fullAccess()) {
            throw new MyConversations.NotTheirs(0);
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("my-data.json").build().toString())
            .contentType(MediaType.APPLICATION_JSON)
            .body(export.export(customer.customerId(), Audience.CUSTOMER));
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
            model.addAttribute("data", export.export(customer.customerId(), Audience.CUSTOMER));
            return "portal/my-data";
        }
        String text = messages.getMessage("portal.erasure.message", null, locale)
            + (note == null || note.isBlank() ? "" : "\n\n" + note.strip());
        long id = erasures.request(customer, messages.getMessage("portal.erasure.subject", null, locale), text);
        return "redirect:/portal/conversations/" + id + "?sent";
    }
}
