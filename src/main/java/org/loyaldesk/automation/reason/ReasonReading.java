package org.loyaldesk.automation.reason;

/**
 * What the classifier read in a new conversation: {@code applied} when it was confident enough to set the reason,
 * otherwise a suggestion for the agent. Public accessors: the conversation panel shows them.
 */
public record ReasonReading(long conversationId, String reason, double confidence, boolean applied) {

    public int percent() {
        return (int) Math.round(confidence * 100);
    }
}
