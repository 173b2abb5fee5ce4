package org.loyaldesk.channel.email.automatic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Applies an {@link AutoReplyBudget} per recipient address, remembering the replies in memory (one
 * node). Thread-safe. Addresses whose replies have all left the window are forgotten, so memory
 * follows the number of addresses answered within about one window.
 */
public final class AutoReplyThrottle {

    private final AutoReplyBudget budget;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();
    private Instant nextCleanUp = Instant.MIN;

    public AutoReplyThrottle(AutoReplyBudget budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    /** Reserves one automatic reply to {@code address} if the budget allows it; false means: do not reply. */
    public synchronized boolean tryReserve(String address) {
        Instant now = clock.instant();
        String key = address.strip().toLowerCase(Locale.ROOT);
        Deque<Instant> replies = sent.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        forgetOld(replies, now);
        if (!budget.allows(replies, now)) {
            return false;
        }
        replies.addLast(now);
        if (!now.isBefore(nextCleanUp)) {
            // a sweep a few times per window keeps the cost per reservation constant on average
            sent.values().forEach(addressReplies -> forgetOld(addressReplies, now));
            sent.values().removeIf(Deque::isEmpty);
            nextCleanUp = now.plus(budget.window().dividedBy(4));
        }
        return true;
    }

    synchronized int addressesRemembered() {
        return sent.size();
    }

    private void forgetOld(Deque<Instant> replies, Instant now) {
        Instant windowStart = now.minus(budget.window());
        while (!replies.isEmpty() && !replies.peekFirst().isAfter(windowStart)) {
            replies.removeFirst();
        }
    }
}
