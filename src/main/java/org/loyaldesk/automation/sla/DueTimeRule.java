package org.loyaldesk.automation.sla;

import java.time.Duration;
import java.time.Instant;

import org.loyaldesk.conversation.ConversationClock;
import org.loyaldesk.conversation.ConversationStatus;

/**
 * How a conversation's clock moves, in one place. The earliest of its running targets is its due time: the first
 * reply until we answered, then the next reply whenever the customer waits for us, and the resolution all along.
 * While the conversation is pending (we wait for the customer) the clock stands still; the business time it stood
 * still is added to the first-reply and resolution targets when the customer writes again. A warning comes when
 * {@code warnPercent} of the target's time has passed.
 */
final class DueTimeRule {

    private DueTimeRule() {
    }

    static SlaClock next(ConversationClock facts, SlaClock previous, SlaPolicy policy, BusinessCalendar calendar,
                         int warnPercent, Instant now) {
        Instant pausedSince = previous.pausedSince();
        long pausedSeconds = previous.pausedSeconds();
        boolean waitsForCustomer = facts.status() == ConversationStatus.PENDING;
        if (waitsForCustomer && pausedSince == null) {
            pausedSince = now;
        } else if (!waitsForCustomer && pausedSince != null) {
            pausedSeconds += calendar.between(pausedSince, now).toSeconds();
            pausedSince = null;
        }
        if (!facts.active() || facts.spam() || policy == null || waitsForCustomer) {
            return new SlaClock(facts.id(), null, null, null, null, pausedSince, pausedSeconds, false, false);
        }
        Duration paused = Duration.ofSeconds(pausedSeconds);
        Candidate best = null;
        if (facts.firstResponseAt() == null) {
            best = earlier(best, candidate(SlaTarget.FIRST_REPLY, facts.createdAt(), policy, paused, calendar, warnPercent));
        } else if (facts.awaitingReplySince() != null) {
            best = earlier(best, candidate(SlaTarget.NEXT_REPLY, facts.awaitingReplySince(), policy, Duration.ZERO,
                calendar, warnPercent));
        }
        best = earlier(best, candidate(SlaTarget.RESOLUTION, facts.createdAt(), policy, paused, calendar, warnPercent));
        if (best == null) {
            return new SlaClock(facts.id(), null, null, null, null, pausedSince, pausedSeconds, false, false);
        }
        // the same deadline keeps what was already raised about it; a new one starts clean
        boolean same = best.target == previous.target() && best.due.equals(previous.dueAt());
        return new SlaClock(facts.id(), best.target, best.start, best.due, best.warn, pausedSince, pausedSeconds,
            same && previous.warned(), same && previous.breached());
    }

    private record Candidate(SlaTarget target, Instant start, Instant due, Instant warn) {
    }

    private static Candidate candidate(SlaTarget target, Instant start, SlaPolicy policy, Duration paused,
                                       BusinessCalendar calendar, int warnPercent) {
        Duration length = policy.target(target);
        if (length == null || start == null) {
            return null;
        }
        Instant due = calendar.plus(start, length.plus(paused));
        if (due == null) {
            return null;
        }
        Duration beforeWarning = length.multipliedBy(warnPercent).dividedBy(100);
        return new Candidate(target, start, due, calendar.plus(start, beforeWarning.plus(paused)));
    }

    private static Candidate earlier(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.due.isBefore(a.due) ? a : b;
    }
}
