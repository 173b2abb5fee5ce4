package org.loyaldesk.insight;

import java.time.Duration;
import java.time.Instant;

/**
 * First-contact resolution: solved with at most one reply of ours, never reopened, and no repeat
 * contact on the same reason within seven days. "Yes" can only be said seven days after solving;
 * "no" as soon as it is known.
 *
 * @param reason why not (or why not yet): reopened, repeat-contact, several-replies, open, waiting
 */
public record FirstContactResolution(FcrState state, String reason) {

    public static final Duration WINDOW = Duration.ofDays(7);

    /**
     * @param solvedAt      when the conversation was solved, or null while it needs work
     * @param agentReplies  our replies to the customer
     * @param repeatContact the customer came back about the same issue within the window
     */
    public static FirstContactResolution decide(Instant solvedAt, int agentReplies, int reopenings,
                                                boolean repeatContact, Instant now) {
        if (reopenings > 0) {
            return new FirstContactResolution(FcrState.NO, "reopened");
        }
        if (repeatContact) {
            return new FirstContactResolution(FcrState.NO, "repeat-contact");
        }
        if (agentReplies > 1) {
            return new FirstContactResolution(FcrState.NO, "several-replies");
        }
        if (solvedAt == null) {
            return new FirstContactResolution(FcrState.PENDING, "open");
        }
        if (solvedAt.plus(WINDOW).isAfter(now)) {
            return new FirstContactResolution(FcrState.PENDING, "waiting");
        }
        return new FirstContactResolution(FcrState.YES, null);
    }

    /**
     * Whether a conversation opened at {@code laterOpenedAt} about the same issue is a repeat contact of one
     * opened at {@code openedAt}: it came while that one was still open, or within the window after solving.
     */
    public static boolean isRepeat(Instant openedAt, Instant solvedAt, Instant laterOpenedAt) {
        return laterOpenedAt.isAfter(openedAt) && (solvedAt == null || !laterOpenedAt.isAfter(solvedAt.plus(WINDOW)));
    }
}
