package org.loyaldesk.text;

/**
 * What Loyaldesk reads in one customer message.
 *
 * @param language      Dutch, English or another language
 * @param sentiment     -1 (very negative) .. 0 (neutral) .. 1 (very positive)
 * @param anger         0 (calm) .. 1 (furious); from 0.5 on the message counts as angry
 * @param contactReason the likeliest reason for contact, or null when no classifier is configured or it has nothing to go on
 * @param explanation   the words and signals behind the scores
 */
public record TextAnalysis(TextLanguage language, double sentiment, double anger, ReasonSuggestion contactReason,
                           Explanation explanation) {

    public static TextAnalysis nothingToRead(TextLanguage language) {
        return new TextAnalysis(language, 0, 0, null, Explanation.NOTHING_TO_READ);
    }

    public boolean angry() {
        return anger >= 0.5;
    }
}
