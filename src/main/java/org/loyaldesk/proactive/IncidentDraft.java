package org.loyaldesk.proactive;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


/** An incident as a lead sent it, checked and tidied: SKUs as the shop writes them, words as stems. */
record IncidentDraft(String title, Set<String> skus, Set<String> words, String noticeNl, String noticeEn) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_SKUS = 50;
    static final int MAX_WORDS = 20;
    private static final Pattern SKU = Pattern.compile("[\\p{Alnum}._/-]{1,64}");

    /**
     * @param catalogue SKU to name of the shop's products: a SKU typed in another case is taken as the shop writes it
     */
    static IncidentDraft of(IncidentInput input, Map<String, String> catalogue, Collection<String> spikeWords) {
        String title = trimmed(input.title());
        if (title == null) {
            throw new InvalidIncident("title-missing", "An incident needs a title");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidIncident("title-too-long", "A title is at most " + MAX_TITLE + " characters");
        }
        String noticeNl = text(input.noticeNl(), "notice");
        String noticeEn = text(input.noticeEn(), "notice");
        if (noticeNl == null && noticeEn == null) {
            throw new InvalidIncident("notice-missing", "Write the notice for customers in Dutch, English or both");
        }
        Set<String> skus = skus(input.skus(), catalogue);
        Set<String> words = stems(input.words() == null || input.words().isEmpty() ? spikeWords : input.words());
        if (skus.isEmpty() && words.isEmpty()) {
            throw new InvalidIncident("scope-missing",
                "Name the products it concerns or words that recognise it, or nothing could be linked or warned");
        }
        return new IncidentDraft(title, skus, words, noticeNl, noticeEn);
    }

    /** Checks what every linked conversation will be told and the link to the fix. */
    static void checkResolution(ResolutionInput input) {
        if (text(input.resolutionNl(), "resolution") == null && text(input.resolutionEn(), "resolution") == null) {
            throw new InvalidIncident("resolution-missing", "Write what was fixed in Dutch, English or both");
        }
        String link = trimmed(input.fixLink());
        if (link == null) {
            throw new InvalidIncident("fix-link-missing", "Link to the fix: it is the proof of improvement customers get");
        }
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new InvalidIncident("fix-link-invalid", "The link to the fix is not a valid address");
        }
        if (link.length() > 2000 || uri.getHost() == null
            || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidIncident("fix-link-invalid", "The link to the fix must be an http(s) address");
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value, String what) {
        String text = trimmed(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidIncident(what + "-too-long", "A " + what + " is at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static Set<String> skus(List<String> typed, Map<String, String> catalogue) {
        Set<String> skus = new LinkedHashSet<>();
        for (String sku : typed == null ? List.<String>of() : typed) {
            String value = trimmed(sku);
            if (value == null) {
                continue;
            }
            if (!SKU.matcher(value).matches()) {
                throw new InvalidIncident("sku-invalid", "'" + value + "' is not a SKU: at most 64 letters, digits, "
                    + "dots, dashes or slashes");
            }
            skus.add(catalogue.keySet().stream().filter(known -> known.equalsIgnoreCase(value)).findFirst()
                .orElse(value));
        }
        if (skus.size() > MAX_SKUS) {
            throw new InvalidIncident("too-many-skus", "An incident names at most " + MAX_SKUS + " products");
        }
        return skus;
    }

    /** Words as the complaints' words are kept: stemmed, so "deksels" finds "deksel". */
    private static Set<String> stems(Collection<String> typed) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : typed == null ? List.<String>of() : typed) {
            String value = trimmed(word);
            if (value == null) {
                continue;
            }
            if (value.length() > 64) {
                throw new InvalidIncident("word-too-long", "A word is at most 64 characters");
            }
            words.addAll(ComplaintKeys.words(value.toLowerCase(Locale.ROOT)));
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidIncident("too-many-words", "An incident has at most " + MAX_WORDS + " words");
        }
        return words;
    }
}
