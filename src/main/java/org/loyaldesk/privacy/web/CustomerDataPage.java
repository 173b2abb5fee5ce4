package org.loyaldesk.privacy.web;

import org.loyaldesk.privacy.Audience;
import org.loyaldesk.privacy.CustomerData;
import org.loyaldesk.privacy.CustomerDataExport;
import org.loyaldesk.privacy.CustomerErasing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The export as a page an admin reads, prints or saves for the customer who asked, and the same as a
 * JSON file from the browser (the API takes tokens only, not the admin's session); and, below it, the
 * erasure of the customer.
 */
@Controller
class CustomerDataPage {

    private final CustomerDataExport export;
    private final CustomerErasing erasing;

    CustomerDataPage(CustomerDataExport export, CustomerErasing erasing) {
        this.export = export;
        this.erasing = erasing;
    }

    @GetMapping("/customers/{id}/export")
    @PreAuthorize("hasRole('ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("data", export.export(id, Audience.TEAM));
        return "privacy/export";
    }

    /** The form asks to tick a confirmation first: an erasure cannot be undone. */
    @PostMapping("/customers/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
                 RedirectAttributes redirect) {
        if (confirmed) {
            redirect.addFlashAttribute("erasure", erasing.erase(id));
        } else {
            redirect.addFlashAttribute("erasureUnconfirmed", true);
        }
        return "redirect:/customers/" + id + "/export";
    }

    @GetMapping(path = "/customers/{id}/export.json", produces = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseBody
    ResponseEntity<CustomerData> file(@PathVariable long id) {
        CustomerData data = export.export(id, Audience.TEAM);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-" + data.customerId() + ".json\"")
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(data);
    }
}
