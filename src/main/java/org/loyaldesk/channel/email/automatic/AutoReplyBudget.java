package org.loyaldesk.channel.email.automatic;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * At most {@code maxReplies} automatic replies to one address within {@code window}: even when every
 * other check misses an auto-responder, two programs answering each other stop after a few rounds.
 * The rule alone, over the replies already sent; where they are remembered is up to the caller
 * (in memory with {@link AutoReplyThrottle}, or a table shared by several nodes).
 */
public record AutoReplyBudget(int maxReplies, Duration window) {

    public static final AutoReplyBudget DEFAULT = new AutoReplyBudget(3, Duration.ofHours(24));

    public AutoReplyBudget {
        if (maxReplies < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a budget needs a positive window and a non-negative number of replies");
        }
    }

    public boolean allows(Collection<Instant> earlierReplies, Instant now) {
        return countWithinWindow(earlierReplies, now) < maxReplies;
    }

    long countWithinWindow(Collection<Instant> earlierReplies, Instant now) {
        Instant windowStart = now.minus(window);
        return earlierReplies.stream().filter(sent -> sent.isAfter(windowStart) && !sent.isAfter(now)).count();
    }
}
