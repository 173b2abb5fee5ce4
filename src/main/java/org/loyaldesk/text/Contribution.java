package org.loyaldesk.text;

/**
 * What one word, phrase or signal added to a score: positive pushes the score up, negative down.
 * Weights of one explanation are comparable with each other, not across scores.
 */
public record Contribution(String term, double weight) {
}
