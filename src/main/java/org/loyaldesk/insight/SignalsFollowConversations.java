package org.loyaldesk.insight;

import java.util.List;

import org.loyaldesk.conversation.ConversationChanged;
import org.loyaldesk.conversation.ConversationImported;
import org.loyaldesk.conversation.ConversationOpened;
import org.loyaldesk.conversation.ConversationReopened;
import org.loyaldesk.conversation.ConversationSolved;
import org.loyaldesk.conversation.ConversationTransferred;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.conversation.ReplyPosted;
import org.loyaldesk.platform.Transactions;
import org.loyaldesk.survey.SurveyAnswered;
import org.loyaldesk.conversation.spi.PanelChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the signals current as conversations happen. A customer's message is read at once, so that
 * anger acts while they wait; everything else only marks the conversation, and
 * {@link PendingReadingsWorker} reads it again once, however many events came in meanwhile.
 */
@Component
class SignalsFollowConversations {

    private final ConversationScoring scoring;
    private final AngerResponse anger;
    private final PendingReadings pending;
    private final ChurnRisks risks;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    SignalsFollowConversations(ConversationScoring scoring, AngerResponse anger, PendingReadings pending,
                               ChurnRisks risks, Transactions transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.scoring = scoring;
        this.anger = anger;
        this.pending = pending;
        this.risks = risks;
        this.transactions = transactions;
    }

    /** Anger acts on the message the event names, while the conversation is open. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MessageReceived event) {
        transactions.appending(() -> scoring.scoreCustomerMessage(event.conversationId(), event.messageId()))
            .ifPresent(message -> {
                anger.actOn(event.conversationId(), List.of(message));
                events.publishEvent(new PanelChanged(event.conversationId()));
            });
        pending.mark(event.conversationId(), event.customerId(), false);
    }

    /** History is read like live conversations, but anger from the past raises no alarm now. */
    @ApplicationModuleListener
    void on(ConversationImported event) {
        pending.mark(event.conversationId(), event.customerId(), true);
    }

    @ApplicationModuleListener
    void on(ReplyPosted event) {
        mark(event.conversationId(), false);
    }

    @ApplicationModuleListener
    void on(ConversationSolved event) {
        pending.mark(event.conversationId(), event.customerId(), true);
    }

    @ApplicationModuleListener
    void on(ConversationReopened event) {
        pending.mark(event.conversationId(), event.customerId(), true);
    }

    @ApplicationModuleListener
    void on(ConversationTransferred event) {
        mark(event.conversationId(), false);
    }

    /** A new conversation may be a repeat contact: the issue it comes back about is no longer solved at first contact. */
    @ApplicationModuleListener
    void on(ConversationOpened event) {
        pending.mark(event.conversationId(), event.customerId(), true);
    }

    /** A contact reason set or changed decides which conversations are about the same issue. */
    @ApplicationModuleListener
    void on(ConversationChanged event) {
        if ("contact-reason".equals(event.what())) {
            mark(event.conversationId(), true);
        }
    }

    /** The survey answer becomes the end of the peak-end reading, and counts in the customer's churn risk. */
    @ApplicationModuleListener
    void on(SurveyAnswered event) {
        if (event.conversationId() != null) {
            pending.mark(event.conversationId(), event.customerId(), true);
        } else {
            risks.rescore(event.customerId());
        }
    }

    private void mark(long conversationId, boolean withNeighbours) {
        scoring.customerOf(conversationId).ifPresent(customer -> pending.mark(conversationId, customer, withNeighbours));
    }
}
