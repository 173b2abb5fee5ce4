package org.loyaldesk.text;

import java.util.List;

/**
 * The likeliest contact reason with its probability, the runners-up, and the words that spoke for it.
 */
public record ReasonSuggestion(String reason, double confidence, List<Alternative> alternatives,
                               List<Contribution> drivers) {

    public record Alternative(String reason, double confidence) {
    }
}
