package org.loyaldesk.identity;

import java.security.SecureRandom;

import org.loyaldesk.platform.RuleViolationException;

/** What a password must be, and how a generated one is made. */
final class PasswordRule {

    static final int SHORTEST = 10;
    static final int LONGEST = 200;

    /** No 0/O or 1/l/I: a generated password is read off a screen and typed or said aloud. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRule() {
    }

    static void check(String password) {
        if (password == null || password.length() < SHORTEST || password.length() > LONGEST) {
            throw new RuleViolationException("password-length", "A password has 10 to 200 characters");
        }
    }

    /** 16 characters of 56: about 93 bits. */
    static String generate() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
