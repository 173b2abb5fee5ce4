package org.loyaldesk.identity;

/** A newly made API token; {@code secret} is shown this once and never stored. */
public record IssuedToken(long id, String name, Role role, String secret) {
}
