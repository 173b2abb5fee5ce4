package org.loyaldesk.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Component;

/**
 * Anger acts now, while the conversation is still open: the conversation goes to the at-risk view
 * at high priority, and the leads whose pages are open are told at once.
 */
@Component
class AngerResponse {

    /** How old a message may be and still be answered as live rather than as history. */
    static final Duration LIVE = Duration.ofMinutes(15);

    private final ConversationWork work;
    private final ConversationQueries conversations;
    private final LeadAlerts alerts;
    private final AngerThreshold threshold;
    private final Transactions transactions;
    private final Clock clock;

    AngerResponse(ConversationWork work, ConversationQueries conversations, LeadAlerts alerts, AngerThreshold threshold,
                  Transactions transactions, Clock clock) {
        this.clock = clock;
        this.work = work;
        this.conversations = conversations;
        this.alerts = alerts;
        this.threshold = threshold;
        this.transactions = transactions;
    }

    /** Acts on the angriest of the customer messages just read, if it is angry enough. Returns the alert, if any. */
    Optional<AngerAlert> actOn(long conversationId, List<MessageSignal> newCustomerMessages) {
        double alertFrom = threshold.current();
        Optional<MessageSignal> angriest = newCustomerMessages.stream()
            .filter(message -> message.anger() >= alertFrom)
            .max(Comparator.comparingDouble(MessageSignal::anger));
        if (angriest.isEmpty()) {
            return Optional.empty();
        }
        MessageSignal message = angriest.get();
        String reason = reason(message);
        // the customer may be writing again or an agent replying right now: flag on the fresh state, don't give up
        transactions.appending(() -> work.flagRisk(conversationId, true, reason));
        Optional<AngerAlert> alert = conversations.detail(conversationId).map(detail -> alert(detail.summary(), message));
        alert.ifPresent(alerts::push);
        return alert;
    }

    /**
     * Acts on customer messages read for the first time by a reading of their whole conversation
     * rather than by their own event. Recent ones are live (the reading got there before the
     * message's own listener did) and act as usual, alert included. Older ones are history brought
     * over from another helpdesk: anger from the past raises no alarm, but a customer whose latest
     * message is angry and still unanswered is at risk now, so the conversation goes to the at-risk
     * view, quietly. Returns the alert, if any.
     */
    Optional<AngerAlert> actOnFirstReading(long conversationId, List<MessageSignal> firstRead) {
        Instant liveSince = clock.instant().minus(LIVE);
        List<MessageSignal> live = firstRead.stream().filter(message -> message.at().isAfter(liveSince)).toList();
        if (!live.isEmpty()) {
            return actOn(conversationId, live);
        }
        atRiskIfStillAngry(conversationId, firstRead);
        return Optional.empty();
    }

    private void atRiskIfStillAngry(long conversationId, List<MessageSignal> firstRead) {
        if (firstRead.isEmpty()) {
            return;
        }
        conversations.detail(conversationId)
            .filter(detail -> detail.summary().status().isActive() && !detail.summary().spam()
                && !detail.summary().atRisk() && detail.summary().awaitingReplySince() != null)
            .flatMap(detail -> detail.timeline().reversed().stream().filter(ConversationReading::isCustomerMessage)
                .findFirst())
            .flatMap(latest -> firstRead.stream().filter(read -> read.messageId() == latest.id()).findFirst())
            .filter(latest -> latest.anger() >= threshold.current())
            .ifPresent(latest -> transactions.appending(() -> work.flagRisk(conversationId, true, reason(latest))));
    }

    /** For the lead, in any language: "anger 82%: belachelijk, NU, !!" */
    static String reason(MessageSignal message) {
        String text = String.format(Locale.ROOT, "anger %d%%", Math.round(message.anger() * 100))
            + (message.drivers() == null || message.drivers().isBlank() ? "" : ": " + message.drivers());
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    private static AngerAlert alert(ConversationSummary summary, MessageSignal message) {
        return new AngerAlert(summary.id(), summary.subject(), summary.customerName(), summary.teamId(),
            summary.teamName(), message.anger(), message.drivers());
    }
}
