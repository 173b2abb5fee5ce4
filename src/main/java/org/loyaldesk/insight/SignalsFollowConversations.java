package org.loyaldesk.insight;

import java.util.Optional;

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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the signals current as conversations happen. Each listener recomputes the whole reading
 * of the conversation; they run without a transaction of their own, so that the recomputation can
 * run again when two events of one conversation race (both are kept, the last one sees all).
 */
@Component
class SignalsFollowConversations {

    private final ConversationScoring scoring;
    private final AngerResponse anger;
    private final ChurnRisks risks;
    private final MessageSignals messages;
    private final Transactions transactions;

    SignalsFollowConversations(ConversationScoring scoring, AngerResponse anger, ChurnRisks risks,
                               MessageSignals messages, Transactions transactions) {
        this.scoring = scoring;
        this.anger = anger;
        this.risks = risks;
        this.messages = messages;
        this.transactions = transactions;
    }

    /**
     * A customer message is read at once, and anger acts on it while the conversation is open. The
     * message itself decides, whichever listener happened to score it first.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MessageReceived event) {
        recompute(event.conversationId()).ifPresent(outcome -> {
            anger.actOn(event.conversationId(), messages.of(event.conversationId()).stream()
                .filter(message -> message.messageId() == event.messageId()).toList());
            rescore(outcome.signal().customerId());
        });
    }

    /** History is read like live conversations, but anger from the past raises no alarm now. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationImported event) {
        recomputeWithNeighbours(event.conversationId(), event.customerId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReplyPosted event) {
        recompute(event.conversationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationSolved event) {
        recomputeWithNeighbours(event.conversationId(), event.customerId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationReopened event) {
        recomputeWithNeighbours(event.conversationId(), event.customerId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationTransferred event) {
        recompute(event.conversationId());
    }

    /** A new conversation may be a repeat contact: the issue it comes back about is no longer solved at first contact. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationOpened event) {
        recomputeWithNeighbours(event.conversationId(), event.customerId());
    }

    /** A contact reason set or changed decides which conversations are about the same issue. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConversationChanged event) {
        if (!"contact-reason".equals(event.what())) {
            return;
        }
        recompute(event.conversationId()).ifPresent(outcome ->
            recomputeWithNeighbours(event.conversationId(), outcome.signal().customerId()));
    }

    /** The survey answer becomes the end of the peak-end reading. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SurveyAnswered event) {
        if (event.conversationId() != null) {
            recompute(event.conversationId());
        }
        rescore(event.customerId());
    }

    private void recomputeWithNeighbours(long conversationId, long customerId) {
        recompute(conversationId);
        scoring.neighbours(conversationId).forEach(this::recompute);
        rescore(customerId);
    }

    private void rescore(long customerId) {
        transactions.appending(() -> {
            risks.rescore(customerId);
            return null;
        });
    }

    private Optional<ConversationScoring.Outcome> recompute(long conversationId) {
        return transactions.appending(() -> scoring.recompute(conversationId));
    }
}
