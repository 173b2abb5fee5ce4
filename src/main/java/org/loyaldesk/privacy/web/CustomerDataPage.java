package org.loyaldesk.privacy.web;

import org.loyaldesk.privacy.Audience;
import org.loyaldesk.privacy.CustomerData;
import org.loyaldesk.privacy.CustomerDataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The export as a page an admin reads, prints or saves for the customer who asked, and the same as a
 * JSON file from the browser (the API takes tokens only, not the admin's session).
 */
@Controller
class CustomerDataPage {

    private final CustomerDataExport export;

    CustomerDataPage(CustomerDataExport export) {
        this.export = export;
    }

    @GetMapping("/customers/{id}/export")
    @PreAuthorize("hasRole('ADMIN')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("data", export.export(id, Audience.TEAM));
        return "privacy/export";
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
