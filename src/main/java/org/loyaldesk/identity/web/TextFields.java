package org.loyaldesk.identity.web;

import java.util.regex.Pattern;

import org.loyaldesk.platform.RuleViolationException;

/** The checks a name or an address typed into a settings form must pass; a failure is a form error. */
final class TextFields {

    /** Loose on purpose: the mail server is the judge; this only keeps out what cannot be an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TextFields() {
    }

    static String line(String text, int longest) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > longest || clean.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException("name-format", "A name is 1 to " + longest + " characters on one line",
                longest);
        }
        return clean;
    }

    static String email(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > 200 || !EMAIL.matcher(clean).matches()) {
            throw new RuleViolationException("email-format", "That is not an email address");
        }
        return clean;
    }
}
