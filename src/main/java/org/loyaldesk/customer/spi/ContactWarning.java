package org.loyaldesk.customer.spi;

import java.time.Instant;

/**
 * @param code what is wrong, a message key suffix: {@code undeliverable}
 * @param detail the evidence as received (a bounce's diagnostic), not translated; may be empty
 * @param since when it was learned
 */
public record ContactWarning(String code, String detail, Instant since) {
}
