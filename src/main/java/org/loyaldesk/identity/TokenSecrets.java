package org.loyaldesk.identity;

import org.loyaldesk.platform.RandomTokens;

/**
 * Makes and hashes API token secrets. The secrets carry 256 random bits, so a plain SHA-256
 * is enough to store them safely (a slow password hash only matters for guessable secrets)
 * and lets a token be looked up by its hash in one indexed read.
 */
final class TokenSecrets {

    private TokenSecrets() {
    }

    static String newSecret() {
        return "ld_" + RandomTokens.newToken();
    }

    static String hash(String secret) {
        return RandomTokens.hash(secret);
    }

    static boolean sameSecret(String presented, String expected) {
        return RandomTokens.sameHash(hash(presented), hash(expected));
    }
}
