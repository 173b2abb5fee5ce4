package org.loyaldesk.proactive;

import java.util.Set;

/**
 * Whether a complaint is about an incident: it concerns one of its products (owned or named) and says one of its
 * words. An incident with only products takes every complaint of their owners; one with only words takes every
 * complaint with one of them.
 */
final class IncidentMatch {

    private IncidentMatch() {
    }

    static boolean matches(Set<String> skus, Set<String> words, Set<String> keys) {
        if (skus.isEmpty() && words.isEmpty()) {
            return false;
        }
        boolean product = skus.isEmpty() || skus.stream().anyMatch(sku -> keys.contains(ComplaintKeys.PRODUCT + sku));
        boolean said = words.isEmpty() || words.stream().anyMatch(word -> keys.contains(ComplaintKeys.WORD + word));
        return product && said;
    }
}
