package org.loyaldesk.insight;

import org.loyaldesk.platform.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.conversation.AuthorType;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.conversation.TimelineEvents;
import org.loyaldesk.platform.Channel;

/**
 * Reads from a conversation's timeline what the customer had to do and how fast we were: the
 * effort drivers, our replies, the waiting, the first response and the resolution time.
 * {@code cameBack}: how often the customer came back about this issue after it was solved, with a
 * new contact that reopened it instead of starting a conversation of its own (a repeat contact).
 */
record ConversationReading(EffortInputs inputs, int customerMessages, int agentReplies, Long agentId,
                           Double firstResponseMinutes, Double resolutionMinutes, int cameBack) {

    static ConversationReading of(ConversationDetail detail, int earlierRepeats, BusinessHours hours, Instant now) {
        List<TimelineEntry> customer = new ArrayList<>();
        List<TimelineEntry> replies = new ArrayList<>();
        List<AskedTwice.Said> said = new ArrayList<>();
        int transfers = 0;
        int cameBack = 0;
        Duration waiting = Duration.ZERO;
        Instant waitingSince = null;
        Long lastAgent = null;
        for (TimelineEntry entry : detail.timeline()) {
            if (isCustomerMessage(entry)) {
                customer.add(entry);
                said.add(new AskedTwice.Said(true, entry.body()));
                waitingSince = waitingSince == null ? entry.createdAt() : waitingSince;
            } else if (isAgentReply(entry)) {
                replies.add(entry);
                said.add(new AskedTwice.Said(false, entry.body()));
                lastAgent = entry.authorId();
                if (waitingSince != null) {
                    waiting = waiting.plus(Duration.between(waitingSince, entry.createdAt()));
                    waitingSince = null;
                }
            } else if (entry.kind() == MessageKind.TRANSFER && handedOver(entry, replies)) {
                transfers++;
            } else if (TimelineEvents.is(entry, TimelineEvents.CAME_BACK)) {
                cameBack++;
            }
        }
        boolean solved = detail.solvedAt() != null && !detail.summary().status().isActive();
        if (waitingSince != null && !solved) {
            waiting = waiting.plus(Duration.between(waitingSince, now));
        }
        int contacts = contacts(customer, replies, solved);
        EffortInputs inputs = EffortInputs.none()
            .with(EffortDriver.CONTACTS, Math.min(6, Math.max(0, contacts - 1)))
            .with(EffortDriver.REPEAT_CONTACTS, Math.min(3, earlierRepeats + cameBack))
            .with(EffortDriver.CHANNEL_SWITCHES, channelSwitches(customer))
            .with(EffortDriver.TRANSFERS, Math.min(4, transfers))
            .with(EffortDriver.WAITING, EffortInputs.waiting(waiting.toMinutes() / 60.0))
            .with(EffortDriver.REOPENINGS, Math.min(3, detail.reopenCount()))
            .with(EffortDriver.ASKED_TWICE, Math.min(3, AskedTwice.count(said)));
        Long agent = detail.summary().assigneeId() != null ? detail.summary().assigneeId() : lastAgent;
        Instant firstCustomer = customer.isEmpty() ? detail.summary().createdAt() : customer.getFirst().createdAt();
        Double firstResponse = replies.isEmpty() ? null
            : minutes(hours.between(firstCustomer, replies.getFirst().createdAt()));
        Double resolution = solved ? minutes(hours.between(firstCustomer, detail.solvedAt())) : null;
        return new ConversationReading(inputs, customer.size(), replies.size(), agent, firstResponse, resolution,
            cameBack);
    }

    static boolean isCustomerMessage(TimelineEntry entry) {
        return entry.kind() == MessageKind.INBOUND && !entry.automatic();
    }

    static boolean isAgentReply(TimelineEntry entry) {
        return entry.kind() == MessageKind.REPLY && entry.authorType() == AuthorType.AGENT && !entry.automatic();
    }

    /** Taking an unassigned conversation is no transfer; passing on one that someone worked is. */
    private static boolean handedOver(TimelineEntry entry, List<TimelineEntry> repliesSoFar) {
        TimelineEntry.Transfer transfer = entry.transfer();
        boolean fromSomeone = transfer != null && (transfer.fromAgentId() != null || transfer.fromTeamId() != null);
        return fromSomeone || !repliesSoFar.isEmpty();
    }

    /** Messages that asked something of us: a closing "thanks" after our last reply on a solved issue is no contact. */
    private static int contacts(List<TimelineEntry> customer, List<TimelineEntry> replies, boolean solved) {
        if (!solved || replies.isEmpty()) {
            return customer.size();
        }
        Instant lastReply = replies.getLast().createdAt();
        int closing = (int) customer.stream().filter(message -> message.createdAt().isAfter(lastReply)).count();
        return customer.size() - closing;
    }

    private static int channelSwitches(List<TimelineEntry> customer) {
        int switches = 0;
        Channel previous = null;
        for (TimelineEntry message : customer) {
            if (previous != null && message.channel() != previous) {
                switches++;
            }
            previous = message.channel();
        }
        return Math.min(3, switches);
    }

    private static double minutes(Duration duration) {
        return Math.round(duration.toSeconds() / 6.0) / 10.0;
    }
}
