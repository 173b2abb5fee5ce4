package org.loyaldesk.text.scoring;

import org.loyaldesk.text.TextLanguage;

/**
 * Scores sentiment and anger of a text in a known language. English uses models that learned words
 * as well as the rules' signals; Dutch and other languages use models of the signals alone, learned
 * from the same English data and fed by the language's own lexicons.
 */
public final class MessageScorer {

    private final MessageReader reader;
    private final ScoringModels models;
    private final MessageFeatures englishFeatures;

    public MessageScorer(MessageReader reader, ScoringModels models) {
        this.reader = reader;
        this.models = models;
        this.englishFeatures = new MessageFeatures(models.wordBits(), reader.rules(TextLanguage.EN));
    }

    public static MessageScorer load() {
        return new MessageScorer(MessageReader.load(), ScoringModels.load());
    }

    public Scores score(String text, TextLanguage language) {
        ReadMessage message = reader.read(text, language);
        if (message.isEmpty()) {
            return Scores.NEUTRAL;
        }
        boolean english = language == TextLanguage.EN;
        FeatureVector x = (english ? englishFeatures : ScoringModels.SIGNAL_FEATURES).of(message.tokens(), message.reading());
        LinearModel sentiment = english ? models.sentimentWithWords() : models.sentimentFromSignals();
        LinearModel anger = english ? models.angerWithWords() : models.angerFromSignals();
        return new Scores(2 * sentiment.probability(x) - 1, models.calibratedAnger(anger.probability(x), english),
            Explaining.explain(sentiment.contributions(x), message.reading()),
            Explaining.explain(anger.contributions(x), message.reading()));
    }
}
