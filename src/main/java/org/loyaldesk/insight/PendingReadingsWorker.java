package org.loyaldesk.insight;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.loyaldesk.conversation.spi.PanelChanged;
import org.loyaldesk.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads marked conversations again, each once per round however many events marked it, with the
 * conversations that depend on them, and then the churn risk of each customer touched once.
 */
@Component
class PendingReadingsWorker {

    private static final Logger log = LoggerFactory.getLogger(PendingReadingsWorker.class);
    private static final int ROUND = 200;

    private final PendingReadings pending;
    private final ConversationScoring scoring;
    private final ChurnRisks risks;
    private final AngerResponse anger;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    PendingReadingsWorker(PendingReadings pending, ConversationScoring scoring, ChurnRisks risks, AngerResponse anger,
                          Transactions transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.pending = pending;
        this.scoring = scoring;
        this.risks = risks;
        this.anger = anger;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${loyaldesk.insight.reading-interval:500ms}")
    void readPending() {
        List<PendingReadings.Pending> round = pending.oldest(ROUND);
        Set<Long> read = new LinkedHashSet<>();
        Set<Long> customers = new LinkedHashSet<>();
        for (PendingReadings.Pending conversation : round) {
            if (!pending.claim(conversation)) {
                continue;
            }
            try {
                read(conversation.conversationId(), read);
                if (conversation.withNeighbours()) {
                    scoring.neighbours(conversation.conversationId()).forEach(neighbour -> read(neighbour, read));
                }
                customers.add(conversation.customerId());
            } catch (RuntimeException e) {
                log.warn("Conversation {} could not be read; it is marked again: {}", conversation.conversationId(),
                    e.getMessage());
                pending.mark(conversation.conversationId(), conversation.customerId(), conversation.withNeighbours());
            }
        }
        customers.forEach(customer -> transactions.appending(() -> {
            risks.rescore(customer);
            return null;
        }));
    }

    private void read(long conversationId, Set<Long> alreadyRead) {
        if (alreadyRead.add(conversationId)) {
            transactions.appending(() -> scoring.recompute(conversationId))
                .ifPresent(outcome -> {
                    anger.actOnFirstReading(conversationId, outcome.newCustomerMessages());
                    events.publishEvent(new PanelChanged(conversationId));
                });
        }
    }
}
