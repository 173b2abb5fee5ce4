package org.loyaldesk.automation.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.conversation.ConversationClock;
import org.loyaldesk.conversation.ConversationDueTimes;
import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Service;

/**
 * Recomputes due times, a batch of conversations at a time with a fixed number of queries per batch (their clocks,
 * the stored SLA clocks, policies and calendars, then two batched writes): after an event about one conversation,
 * and for all open ones when a policy or calendar changes.
 */
@Service
public class DueTimes {

    static final int BATCH = 1000;

    private final ConversationDueTimes conversations;
    private final SlaClocks clocks;
    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final SlaSettings settings;
    private final Transactions transactions;
    private final Clock clock;

    DueTimes(ConversationDueTimes conversations, SlaClocks clocks, SlaPolicies policies, SlaCalendars calendars,
             SlaSettings settings, Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.conversations = conversations;
        this.clocks = clocks;
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    /** In a transaction of its own, run again when a concurrent recomputation of the same conversation won. */
    public void recompute(Collection<Long> conversationIds) {
        transactions.onLatest(() -> {
            recompute(conversationIds, clock.instant());
            return null;
        });
    }

    /** Runs in the caller's transaction. */
    void recompute(Collection<Long> conversationIds, Instant now) {
        List<ConversationClock> facts = conversations.clocks(conversationIds);
        if (facts.isEmpty()) {
            return;
        }
        Map<Long, SlaClock> stored = clocks.of(conversationIds);
        List<SlaPolicy> all = policies.all();
        Map<Long, BusinessCalendar> teamCalendars = calendars.ofTeams();
        BusinessCalendar standard = calendars.standard();
        int warnPercent = settings.warnPercent();
        List<SlaClock> next = new ArrayList<>(facts.size());
        Map<Long, Instant> dueTimes = new HashMap<>();
        for (ConversationClock conversation : facts) {
            SlaClock previous = stored.getOrDefault(conversation.id(), SlaClock.fresh(conversation.id()));
            BusinessCalendar calendar = conversation.teamId() == null ? standard
                : teamCalendars.getOrDefault(conversation.teamId(), standard);
            SlaClock moved = DueTimeRule.next(conversation, previous, SlaPolicies.applying(all, conversation.priority(),
                conversation.channel()), calendar, warnPercent, now);
            if (!moved.equals(previous) || !stored.containsKey(conversation.id())) {
                next.add(moved);
                dueTimes.put(conversation.id(), moved.dueAt());
            }
        }
        clocks.save(next, stored.keySet());
        conversations.record(dueTimes);
    }

    /** Every open conversation, in batches of {@value #BATCH}, each in its own transaction; returns how many. */
    public int recomputeAllOpen() {
        int count = 0;
        long after = 0;
        for (List<Long> ids = conversations.activeAfter(after, BATCH); !ids.isEmpty();
             ids = conversations.activeAfter(after, BATCH)) {
            recompute(ids);
            count += ids.size();
            after = ids.getLast();
        }
        return count;
    }
}
