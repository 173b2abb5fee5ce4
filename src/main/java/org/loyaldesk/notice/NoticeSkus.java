package org.loyaldesk.notice;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The products a notice names, written as the shop writes SKUs but matched whatever case a lead typed. */
final class NoticeSkus {

    static final int MAX_LENGTH = 64;
    static final int MAX_COUNT = 200;

    private NoticeSkus() {
    }

    static String normal(String sku) {
        return sku.strip().toUpperCase(Locale.ROOT);
    }

    static Set<String> checked(Collection<String> skus) {
        Set<String> checked = new LinkedHashSet<>();
        for (String sku : skus == null ? Set.<String>of() : skus) {
            if (sku == null || sku.isBlank()) {
                continue;
            }
            if (sku.strip().length() > MAX_LENGTH) {
                throw new InvalidNotice("sku-too-long", "A SKU is at most " + MAX_LENGTH + " characters");
            }
            checked.add(normal(sku));
        }
        if (checked.size() > MAX_COUNT) {
            throw new InvalidNotice("too-many-skus", "A notice names at most " + MAX_COUNT + " SKUs");
        }
        return checked;
    }
}
