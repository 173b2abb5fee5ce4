package org.loyaldesk.text.scoring;

/**
 * Everything the rule-based reading needs to know about one language.
 *
 * @param valence    sentiment of words, phrases, emoji and emoticons on VADER's -4..4 scale
 * @param negations  words that turn what follows ("not", "niet", "geen")
 * @param boosters   intensifiers (positive factor) and dampeners (negative factor)
 * @param contrasts  "but" words: what follows them counts more
 * @param anger      words and phrases that signal anger, strength 0..3
 */
public record LanguageRules(Lexicon valence, Lexicon negations, Lexicon boosters, Lexicon contrasts, Lexicon anger) {

    private static final String DIR = "/text/lexicon/";

    public static LanguageRules english() {
        Lexicon valence = Lexicon.builder()
            .add(DIR + "en-vader.tsv", 1.0)
            .add(DIR + "en-afinn-165.tsv", 0.8)
            .add(DIR + "en-pattern.tsv", 4.0)
            .add(DIR + "emoticons-afinn-8.tsv", 0.8)
            .override(DIR + "emoji.tsv", 1.0)
            .override(DIR + "en-service.tsv", 1.0)
            .build();
        return new LanguageRules(valence, list("en-negations.txt", false), list("en-boosters.tsv", false),
            list("en-contrast.txt", false), list("en-anger.tsv", false));
    }

    public static LanguageRules dutch() {
        Lexicon valence = Lexicon.builder()
            .add(DIR + "nl-afinn-165.tsv", 0.8)
            .add(DIR + "nl-multilang.tsv", 0.8)
            .add(DIR + "nl-pattern.tsv", 4.0)
            .add(DIR + "emoticons-afinn-8.tsv", 0.8)
            .override(DIR + "emoji.tsv", 1.0)
            .override(DIR + "nl-service.tsv", 1.0)
            .dutchInflection()
            .build();
        return new LanguageRules(valence, list("nl-negations.txt", false), list("nl-boosters.tsv", false),
            list("nl-contrast.txt", false), list("nl-anger.tsv", true));
    }

    private static Lexicon list(String file, boolean dutch) {
        Lexicon.Builder builder = Lexicon.builder().add(DIR + file, 1.0);
        return (dutch ? builder.dutchInflection() : builder).build();
    }
}
