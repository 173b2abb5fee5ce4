package org.loyaldesk.text.scoring;

import java.util.List;

import org.loyaldesk.text.Contribution;

/**
 * Sentiment (-1..1) and anger (0..1) of one text, each with the terms that drove it, strongest first.
 */
public record Scores(double sentiment, double anger, List<Contribution> sentimentDrivers,
                     List<Contribution> angerDrivers) {

    public static final Scores NEUTRAL = new Scores(0, 0, List.of(), List.of());
}
