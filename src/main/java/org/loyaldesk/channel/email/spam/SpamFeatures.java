package org.loyaldesk.channel.email.spam;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.channel.email.parse.ParsedMail;

/**
 * What the classifier sees of a message: the distinct words of subject ({@code s:}) and text, the
 * host names of links ({@code url:}), and a few signs of how the mail was made ({@code m:}) that
 * spam and real mail differ in. Presence only, not counts: one word repeated a hundred times says
 * little more than once (binarized Naive Bayes, which works better on text).
 */
public final class SpamFeatures {

    static final int MAX_TEXT_CHARS = 20_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$€£][\\p{L}\\p{N}$€£'_.-]*");
    private static final Pattern URL_HOST = Pattern.compile("(?i)\\b(?:https?://|www\\.)([a-z0-9.-]+)");
    private static final Pattern HAS_DIGITS = Pattern.compile(".*\\d{3,}.*");

    private SpamFeatures() {
    }

    public static Set<String> of(ParsedMail mail) {
        Set<String> features = new LinkedHashSet<>();
        words(mail.subject(), "s:", features);
        String text = mail.text().length() <= MAX_TEXT_CHARS ? mail.text() : mail.text().substring(0, MAX_TEXT_CHARS);
        words(text, "", features);
        Matcher host = URL_HOST.matcher(text + " " + (mail.html().length() <= MAX_TEXT_CHARS ? mail.html()
            : mail.html().substring(0, MAX_TEXT_CHARS)));
        while (host.find()) {
            features.add("url:" + registeredDomain(host.group(1).toLowerCase(Locale.ROOT)));
        }
        structure(mail, text, features);
        return features;
    }

    /**
     * The word features alone, for text that is known to be ham or spam but is no email (customer
     * questions used as extra ham in training): its made-up headers must not teach the model anything.
     */
    public static Set<String> ofWords(String subject, String text) {
        Set<String> features = new LinkedHashSet<>();
        words(subject, "s:", features);
        words(text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS), "", features);
        return features;
    }

    private static void words(String text, String prefix, Set<String> features) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group().replaceAll("[._'-]+$", "").toLowerCase(Locale.ROOT);
            if (token.length() < 2 || token.length() > 24) {
                continue;
            }
            features.add(prefix + (token.chars().allMatch(Character::isDigit) && token.length() > 4 ? "<number>" : token));
        }
    }

    private static void structure(ParsedMail mail, String text, Set<String> features) {
        if (mail.hasHtml()) {
            features.add("m:html");
            if (mail.headers().valueOf("Content-Type").toLowerCase(Locale.ROOT).startsWith("text/html")) {
                features.add("m:html-only");
            }
            if (mail.html().contains("<img")) {
                features.add("m:html-image");
            }
        }
        if (!mail.attachments().isEmpty()) {
            features.add("m:attachment");
        }
        if (mail.subject().isBlank()) {
            features.add("m:no-subject");
        } else if (mail.subject().equals(mail.subject().toUpperCase(Locale.ROOT)) && mail.subject().matches(".*\\p{L}{4,}.*")) {
            features.add("m:subject-shouts");
        }
        if (mail.subject().contains("!")) {
            features.add("m:subject-exclaims");
        }
        if (mail.from().name().isEmpty()) {
            features.add("m:from-no-name");
        }
        if (HAS_DIGITS.matcher(mail.from().localPart()).matches()) {
            features.add("m:from-digits");
        }
        if (mail.to().isEmpty()) {
            features.add("m:no-to");
        }
        if (!mail.replyTo().isEmpty() && !mail.replyTo().getFirst().domain().equals(mail.from().domain())) {
            features.add("m:reply-elsewhere");
        }
        if (!mail.problems().isEmpty()) {
            features.add("m:malformed");
        }
        long upper = text.chars().filter(Character::isUpperCase).count();
        long letters = text.chars().filter(Character::isLetter).count();
        if (letters > 40 && upper * 3 > letters) {
            features.add("m:text-shouts");
        }
        if (text.length() < 200) {
            features.add("m:short-text");
        }
    }

    /** "mail.shop.example.co.uk" is counted as "example.co.uk": subdomains are cheap for a spammer. */
    private static String registeredDomain(String host) {
        String[] labels = host.replaceAll("\\.+$", "").split("\\.");
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3 ? 3 : 2;
        StringBuilder domain = new StringBuilder();
        for (int i = Math.max(0, labels.length - keep); i < labels.length; i++) {
            domain.append(domain.isEmpty() ? "" : ".").append(labels[i]);
        }
        return domain.toString();
    }
}
