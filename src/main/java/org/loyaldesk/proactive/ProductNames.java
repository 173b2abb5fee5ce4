package org.loyaldesk.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.loyaldesk.customer.ProductOwners;
import org.springframework.stereotype.Component;

/**
 * The shop's catalogue, SKU to name, read again every few minutes rather than for each complaint: a product
 * imported a moment ago is recognised in text a little later, which no complaint suffers from.
 */
@Component
class ProductNames {

    private static final Duration FRESH = Duration.ofMinutes(5);

    private final ProductOwners owners;
    private final Clock clock;
    private volatile Map<String, String> names;
    private volatile Instant readAt = Instant.MIN;

    ProductNames(ProductOwners owners, Clock clock) {
        this.owners = owners;
        this.clock = clock;
    }

    Map<String, String> catalogue() {
        Instant now = clock.instant();
        if (names == null || readAt.isBefore(now.minus(FRESH))) {
            names = Map.copyOf(owners.catalogue());
            readAt = now;
        }
        return names;
    }

    /** The product's name, or its SKU when the shop never named it. */
    String name(String sku) {
        return catalogue().getOrDefault(sku, sku);
    }
}
