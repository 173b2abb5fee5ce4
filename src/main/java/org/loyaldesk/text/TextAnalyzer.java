package org.loyaldesk.text;

import org.loyaldesk.text.scoring.MessageScorer;
import org.loyaldesk.text.scoring.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of text analysis: language, sentiment, anger and contact reason of what the
 * customer wrote now. Any input gives an answer: null, empty, HTML, emoji only, a megabyte of text.
 * Thread-safe; load once and share.
 */
public final class TextAnalyzer {

    /** The new text scored: far more than any customer writes by hand, and it bounds the work. */
    public static final int SCORED_LIMIT = 5_000;

    private static final Logger log = LoggerFactory.getLogger(TextAnalyzer.class);

    private final LanguageDetection languages;
    private final MessageScorer scorer;
    private final ReasonClassifier reasons;

    /** @param reasons a contact-reason classifier, or null to analyse without one */
    public TextAnalyzer(LanguageDetection languages, MessageScorer scorer, ReasonClassifier reasons) {
        this.languages = languages;
        this.scorer = scorer;
        this.reasons = reasons;
    }

    /** Loads the language model and the sentiment and anger models from the class path. */
    public static TextAnalyzer load(ReasonClassifier reasons) {
        return new TextAnalyzer(LanguageDetection.load(), MessageScorer.load(), reasons);
    }

    /**
     * @param text         the message body, plain text or HTML, quoted history and signature included
     * @param languageHint what the caller believes the language is ("nl", "en"), or null; decides short texts
     */
    public TextAnalysis analyze(String text, String languageHint) {
        try {
            return read(text, languageHint);
        } catch (RuntimeException e) {
            // A scoring bug must not stop a message from being filed; it shows as a neutral reading in the log.
            log.warn("Text analysis failed; answering neutral", e);
            return TextAnalysis.nothingToRead(TextLanguage.fromHint(languageHint).orElse(TextLanguage.OTHER));
        }
    }

    private TextAnalysis read(String text, String languageHint) {
        String plain = PlainText.of(text);
        MessageParts parts = QuotedHistory.split(plain);
        String fresh = parts.newText();
        boolean truncated = (text != null && text.length() > PlainText.LIMIT) || fresh.length() > SCORED_LIMIT;
        if (fresh.length() > SCORED_LIMIT) {
            fresh = fresh.substring(0, SCORED_LIMIT);
        }
        TextLanguage language = languages.detect(fresh.isBlank() ? plain : fresh, languageHint);
        if (fresh.isBlank()) {
            return TextAnalysis.nothingToRead(language);
        }
        Scores scores = scorer.score(fresh, language);
        ReasonSuggestion reason = reasons == null ? null : reasons.suggest(fresh).orElse(null);
        Explanation explanation = new Explanation(scores.sentimentDrivers(), scores.angerDrivers(), fresh.length(),
            !parts.quoted().isEmpty(), !parts.signature().isEmpty(), truncated);
        return new TextAnalysis(language, round(scores.sentiment()), round(scores.anger()), reason, explanation);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
