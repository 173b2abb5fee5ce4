package org.loyaldesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells Dutch from English from anything else. A text full of common Dutch or English words is
 * decided by those words alone (most customer mail, and ten times faster); OpenNLP's 103-language
 * model decides the rest when it is long enough to carry its character statistics; short texts
 * ("Bedankt!", "Where is it?") are decided by common words, then by the caller's hint.
 */
public final class LanguageDetection {

    /** Below this many letters OpenNLP guesses too often; common words are surer. */
    static final int SHORT = 40;
    private static final int SAMPLE = 300;

    private static final Set<String> DUTCH = Set.of("de", "het", "een", "ik", "je", "jij", "jullie", "u", "niet", "geen",
        "zijn", "van", "en", "op", "met", "voor", "dat", "dit", "mijn", "wij", "ze", "er", "nog", "ook", "maar", "wel",
        "heb", "heeft", "hebben", "kan", "kunnen", "wil", "graag", "bedankt", "dank", "bestelling", "alvast", "groet",
        "hallo", "hoi", "waar", "wanneer", "waarom", "wat", "hoe", "naar", "nee", "ja", "dag", "goedemorgen", "bent");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "i", "you", "not", "are", "of", "and", "on",
        "with", "for", "that", "this", "my", "it", "have", "has", "can", "would", "please", "thanks", "thank", "order",
        "hello", "hi", "where", "when", "why", "what", "your", "me", "be", "to", "no", "yes", "still", "how", "got");

    private final CompletableFuture<LanguageDetectorME> detector;

    private LanguageDetection(CompletableFuture<LanguageDetectorME> detector) {
        this.detector = detector;
    }

    /**
     * Starts loading the model from the opennlp-models-langdetect jar (nothing is downloaded) and
     * returns at once: it takes a second or more, and most messages are decided without it. The
     * first message that needs it waits for it.
     */
    public static LanguageDetection load() {
        CompletableFuture<LanguageDetectorME> detector = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                detector.complete(readModel());
            } catch (RuntimeException e) {
                detector.completeExceptionally(e);
            }
        }, "language-model-loader");
        loader.setDaemon(true);
        loader.start();
        return new LanguageDetection(detector);
    }

    /** Waits until the OpenNLP model is loaded; for benchmarks that time the load. */
    public LanguageDetection awaitModel() {
        detector.join();
        return this;
    }

    private static LanguageDetectorME readModel() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("opennlp-models-langdetect is not on the class path");
            }
            return new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param hint a language tag the caller believes in ("nl", "en-GB"), or null */
    public TextLanguage detect(String text, String hint) {
        Optional<TextLanguage> hinted = TextLanguage.fromHint(hint);
        String sample = text == null ? "" : text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = (int) sample.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return hinted.orElse(TextLanguage.OTHER);
        }
        WordVote vote = WordVote.of(sample);
        Optional<TextLanguage> unmistakable = vote.unmistakable();
        if (unmistakable.isPresent()) {
            return unmistakable.get();
        }
        if (letters < SHORT) {
            return vote.winner().or(() -> hinted).orElseGet(() -> byModel(sample, vote));
        }
        return byModel(sample, vote);
    }

    private TextLanguage byModel(String sample, WordVote vote) {
        Language best = detector.join().predictLanguage(sample);
        return switch (best.getLang()) {
            case "nld" -> TextLanguage.NL;
            case "eng" -> TextLanguage.EN;
            // Dutch is easily taken for a close relative; common words settle that, and only that.
            case "afr", "fry", "lim", "nds", "vls", "zea", "ltz" -> vote.clearWinner().orElse(TextLanguage.OTHER);
            default -> TextLanguage.OTHER;
        };
    }

    /** How many common Dutch and English words a text holds, in all and different ones. */
    private record WordVote(int dutch, int english, int distinctDutch, int distinctEnglish, int words) {

        static WordVote of(String text) {
            int dutch = 0;
            int english = 0;
            int words = 0;
            Set<String> seenDutch = new HashSet<>();
            Set<String> seenEnglish = new HashSet<>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
                if (word.isEmpty()) {
                    continue;
                }
                words++;
                if (DUTCH.contains(word)) {
                    dutch++;
                    seenDutch.add(word);
                }
                if (ENGLISH.contains(word)) {
                    english++;
                    seenEnglish.add(word);
                }
            }
            return new WordVote(dutch, english, seenDutch.size(), seenEnglish.size(), words);
        }

        /**
         * Five different common words of one language, hardly any of the other, and a fifth of all
         * words common: Spanish or French share "de" and "en" with Dutch, but not five such words.
         */
        Optional<TextLanguage> unmistakable() {
            if (distinctDutch >= 5 && distinctEnglish <= 1 && dutch * 5 >= words) {
                return Optional.of(TextLanguage.NL);
            }
            if (distinctEnglish >= 5 && distinctDutch <= 1 && english * 5 >= words) {
                return Optional.of(TextLanguage.EN);
            }
            return Optional.empty();
        }

        Optional<TextLanguage> winner() {
            return dutch > english ? Optional.of(TextLanguage.NL)
                : english > dutch ? Optional.of(TextLanguage.EN) : Optional.empty();
        }

        /** Only a wide margin overrules the model's verdict that this is a relative of Dutch. */
        Optional<TextLanguage> clearWinner() {
            return dutch >= 3 && dutch > 3 * english ? Optional.of(TextLanguage.NL) : Optional.empty();
        }
    }
}
