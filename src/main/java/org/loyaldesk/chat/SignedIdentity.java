package org.loyaldesk.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a shop says its logged-in visitor is, signed with the secret an admin made on the chat settings page:
 * {@code base64url(json) + "." + base64url(HMAC-SHA256(secret, base64url(json)))}, where the JSON holds
 * {@code id} (the shop's own customer id), {@code email}, {@code name} and {@code exp} (seconds since 1970).
 * Only a signature made with that secret makes a visitor a known customer; an unsigned or expired claim is refused.
 *
 * @param shopCustomerId the shop's id for the customer, or null
 */
record SignedIdentity(String shopCustomerId, String email, String name) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");
    /** A page signs the identity when it renders; a longer life only widens the window for a stolen token. */
    static final Duration LONGEST_LIFE = Duration.ofDays(1);

    static SignedIdentity verify(String token, String secret, Instant now, JsonMapper json) {
        if (secret == null || token == null || token.length() > 4000) {
            throw refused("The identity is not signed with this instance's secret");
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            throw refused("An identity is the payload and its signature, separated by a dot");
        }
        String payload = token.substring(0, dot);
        byte[] expected = sign(payload, secret);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw refused("The identity's signature is not base64url");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw refused("The identity's signature does not match: it was not signed with this instance's secret");
        }
        JsonNode claims;
        try {
            claims = json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JacksonException e) {
            throw refused("The identity's payload is not base64url JSON");
        }
        long expires = claims.path("exp").asLong(0);
        if (expires <= now.getEpochSecond()) {
            throw refused("The identity has expired");
        }
        if (expires > now.plus(LONGEST_LIFE).getEpochSecond()) {
            throw refused("An identity may live one day at most");
        }
        String email = text(claims, "email", 320);
        String id = text(claims, "id", 200);
        if (email == null && id == null) {
            throw refused("An identity names the customer by id or email");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw refused("The identity's email is not an address");
        }
        if (email != null) {
            try {
                org.loyaldesk.customer.ContactAddress.email(email);
            } catch (IllegalArgumentException e) {
                throw refused("The identity's email is not an address");
            }
        }
        return new SignedIdentity(id, email, text(claims, "name", 200));
    }

    /** The signature of a payload: what a shop computes, and what a test signs with. */
    static byte[] sign(String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static String text(JsonNode claims, String field, int longest) {
        JsonNode value = claims.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > longest || text.indexOf('\0') >= 0) {
            throw refused("The identity's " + field + " is too long or holds a NUL character");
        }
        return text;
    }

    private static ChatRefusal refused(String why) {
        return new ChatRefusal(403, "invalid-identity", why);
    }
}
