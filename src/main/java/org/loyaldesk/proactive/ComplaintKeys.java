package org.loyaldesk.proactive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.loyaldesk.text.WordOverlap;

/**
 * The groups one contact belongs to, as keys {@link SpikeDetector} counts: {@code product:<SKU>} for what the
 * customer ordered lately or names in the text, {@code reason:<code>} for the contact reason, {@code word:<stem>}
 * for the content words of the text.
 */
public final class ComplaintKeys {

    public static final String PRODUCT = "product:";
    public static final String REASON = "reason:";
    public static final String WORD = "word:";

    /**
     * The words a contact adds at most, the first ones of its text: a customer names the problem early, and a long
     * message would otherwise weigh in many more keys (and tests, see the false-alarm budget) than a short one.
     */
    public static final int MAX_WORDS = 12;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ComplaintKeys() {
    }

    /**
     * The keys of one contact.
     *
     * @param text         what the customer wrote (subject and first message), may be null
     * @param reason       the contact reason's code, null when not known
     * @param orderedSkus  the SKUs the customer ordered in the last 90 days
     * @param productNames the shop's products, SKU to name, to find the ones the text mentions
     */
    public static Set<String> of(String text, String reason, Collection<String> orderedSkus,
                                 Map<String, String> productNames) {
        Set<String> keys = new LinkedHashSet<>();
        for (String sku : orderedSkus) {
            keys.add(PRODUCT + sku);
        }
        keys.addAll(mentionedProducts(text, productNames));
        if (reason != null && !reason.isBlank()) {
            keys.add(REASON + reason);
        }
        for (String word : words(text)) {
            keys.add(WORD + word);
        }
        return keys;
    }

    /**
     * The content words of a text, one stem per word, the first {@link #MAX_WORDS} distinct ones. Of a word's Dutch
     * and English stems ({@link WordOverlap#words}) the longer is kept: one key per word, so a spike does not alarm
     * twice on one word, and the longer stem is the one that still reads as a word when shown to a lead
     * ("oplader", not "oplad"; "heet", not "het").
     */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String token : NOT_A_WORD.split(text)) {
            if (words.size() >= MAX_WORDS) {
                break;
            }
            if (token.length() < 3) {
                continue;
            }
            WordOverlap.words(token).stream()
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .ifPresent(words::add);
        }
        return new ArrayList<>(words);
    }

    private static Set<String> mentionedProducts(String text, Map<String, String> productNames) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        String lower = " " + NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        productNames.forEach((sku, name) -> {
            if (mentions(lower, sku) || (name != null && mentions(lower, name))) {
                keys.add(PRODUCT + sku);
            }
        });
        return keys;
    }

    /** Whether the normalised text holds the phrase as whole words: "Lamp" is not found in "lampenkap". */
    private static boolean mentions(String normalisedText, String phrase) {
        String words = NOT_A_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return !words.isEmpty() && normalisedText.contains(" " + words + " ");
    }
}
