package org.loyaldesk.customer;

import org.loyaldesk.platform.Language;

/** Just enough of a customer to show them in a list. */
public record CustomerRef(long id, String displayName, Language language) {
}
