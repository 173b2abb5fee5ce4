package org.loyaldesk.privacy.web;

import org.loyaldesk.privacy.Audience;
import org.loyaldesk.privacy.CustomerData;
import org.loyaldesk.privacy.CustomerDataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A subject access request answered over REST: everything held about one customer, for an admin. */
@RestController
@Tag(name = "Customers")
class CustomerDataApi {

    private final CustomerDataExport export;

    CustomerDataApi(CustomerDataExport export) {
        this.export = export;
    }

    @Operation(summary = "Everything Loyaldesk holds about a customer, internal notes and readings included (admin)",
        description = "For a subject access request (GDPR). Each export is recorded in the audit log.")
    @GetMapping("/api/v1/customers/{id}/export")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CustomerData> export(@PathVariable long id) {
        CustomerData data = export.export(id, Audience.TEAM);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"customer-" + data.customerId() + ".json\"")
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(data);
    }
}
