package org.loyaldesk.privacy.web;

import org.loyaldesk.privacy.CustomerErasing;
import org.loyaldesk.privacy.Erasure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The right to erasure over REST, for an admin. */
@RestController
@Tag(name = "Customers")
class CustomerErasureApi {

    private final CustomerErasing erasing;

    CustomerErasureApi(CustomerErasing erasing) {
        this.erasing = erasing;
    }

    @Operation(summary = "Erase a customer: name, contact points, orders, conversation texts, mail, comments (admin)",
        description = "For a GDPR erasure request; cannot be undone. Conversations, scores and readings stay as "
            + "anonymous figures. Records merged with the customer are erased with them. Answers the counts of what "
            + "was removed, which the audit log records too; erasing again is harmless.")
    @PostMapping("/api/v1/customers/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    Erasure erase(@PathVariable long id) {
        return erasing.erase(id);
    }
}
