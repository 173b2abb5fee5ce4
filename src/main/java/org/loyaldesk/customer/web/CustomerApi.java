package org.loyaldesk.customer.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.customer.LikelyDuplicate;
import org.loyaldesk.customer.LikelyDuplicates;
import org.loyaldesk.customer.OrderImport;
import org.loyaldesk.customer.spi.CustomerFacts;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Customers over REST: the customer 360, order import, extra contact points and merging. */
@RestController
@Tag(name = "Customers")
class CustomerApi {

    private final CustomerDirectory customers;
    private final LikelyDuplicates duplicates;
    private final List<CustomerFacts> facts;

    CustomerApi(CustomerDirectory customers, LikelyDuplicates duplicates, List<CustomerFacts> facts) {
        this.customers = customers;
        this.duplicates = duplicates;
        this.facts = facts;
    }

    record Line(@NotBlank @Size(max = 64) String sku, @Size(max = 200) String name, @Min(1) int quantity,
                @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    record OrderRequest(@NotBlank @Size(max = 64) String orderNumber, @NotNull Instant orderedAt,
                        @Pattern(regexp = "[A-Z]{3}") String currency, @NotEmpty @Size(max = 500) List<@Valid Line> lines) {
    }

    record MergeRequest(@NotNull Long duplicateId) {
    }

    record ContactRequest(@NotBlank String kind, @NotBlank @Size(max = 320) String value) {
    }

    @Operation(summary = "The customer 360: contact points, orders and products, conversations")
    @GetMapping("/api/v1/customers/{id}")
    Map<String, Object> get(@PathVariable long id) {
        CustomerProfile profile = customers.profile(id).orElseThrow(() -> new NotFoundException("Customer", id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", profile.id());
        body.put("name", profile.name());
        body.put("displayName", profile.displayName());
        body.put("language", profile.language());
        body.put("since", profile.since());
        body.put("mergedInto", profile.mergedIntoId());
        body.put("contacts", profile.contacts());
        body.put("contactWarnings", customers.warnings(profile));
        body.put("orders", profile.orders());
        body.put("lifetimeValue", profile.lifetimeValue());
        facts.forEach(contribution -> body.put(contribution.section(), contribution.about(id)));
        return body;
    }

    @Operation(summary = "Find customers by name or contact address")
    @GetMapping("/api/v1/customers")
    List<CustomerRef> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        if (q.isBlank() || limit < 1 || limit > 100) {
            throw new IllegalArgumentException("q must not be empty and limit must be between 1 and 100");
        }
        return customers.search(q, limit);
    }

    @Operation(summary = "Likely duplicates of this customer, to merge",
        description = "Up to five other customers with the same name (case, accents and spacing aside) and the same "
            + "phone number (06…, +316…, 00316… and +31 (0)6… are one number), or the same name and an email address "
            + "at the same domain (emailDomain); address is the other customer's address that matched. Those sharing a "
            + "phone number come first; merged and erased customers never appear; a customer without a name has none. "
            + "Merge one with POST /api/v1/customers/{id}/merge. 404 for an unknown customer.")
    @GetMapping("/api/v1/customers/{id}/duplicates")
    List<LikelyDuplicate> duplicates(@PathVariable long id) {
        return duplicates.of(id);
    }

    @Operation(summary = "Import an order", description = "Idempotent on orderNumber: sending the same order again "
        + "replaces it and answers 200; a new order answers 201.")
    @PostMapping("/api/v1/customers/{id}/orders")
    ResponseEntity<Map<String, Object>> importOrder(@PathVariable long id, @Valid @RequestBody OrderRequest request) {
        boolean created = customers.importOrder(id, new OrderImport(request.orderNumber(), request.orderedAt(),
            request.currency() == null ? "EUR" : request.currency(), request.lines().stream()
                .map(line -> new OrderImport.Line(line.sku(), line.name(), line.quantity(), line.amount())).toList()));
        Map<String, Object> body = get(id);
        return created ? ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(body)
            : ResponseEntity.ok(body);
    }

    @Operation(summary = "Add a contact point", description = "kind is email, phone, chat or external "
        + "(value 'platform:handle'). 409 when the address belongs to another customer: merge them instead.")
    @PostMapping("/api/v1/customers/{id}/contacts")
    ResponseEntity<Map<String, Object>> addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        customers.addContact(id, address(request));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(get(id));
    }

    @Operation(summary = "Merge a duplicate customer into this one",
        description = "Contact points, orders and conversations of duplicateId move to this customer in one "
            + "transaction; the duplicate keeps only a pointer ('mergedInto'). Recorded in the audit log.")
    @PostMapping("/api/v1/customers/{id}/merge")
    Map<String, Object> merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        customers.merge(id, request.duplicateId());
        return get(id);
    }

    private static ContactAddress address(ContactRequest request) {
        return switch (request.kind().trim().toLowerCase()) {
            case "email" -> ContactAddress.email(request.value());
            case "phone" -> ContactAddress.phone(request.value());
            case "chat" -> ContactAddress.chatVisitor(request.value());
            case "external" -> {
                int colon = request.value().indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("An external contact is written 'platform:handle'");
                }
                yield ContactAddress.external(request.value().substring(0, colon), request.value().substring(colon + 1));
            }
            default -> throw new IllegalArgumentException("kind must be one of email, phone, chat, external");
        };
    }
}
