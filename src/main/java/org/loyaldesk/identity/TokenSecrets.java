package org.loyaldesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API token secrets. The secrets carry 256 random bits, so a plain SHA-256
 * is enough to store them safely (a slow password hash only matters for guessable secrets)
 * and lets a token be looked up by its hash in one indexed read.
 */
final class TokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "ld_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
            hash(expected).getBytes(StandardCharsets.US_ASCII));
    }
}
