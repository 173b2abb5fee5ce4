package org.loyaldesk.insight;

import java.util.Optional;

import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Service;

/** The insight module's operations for its web layer and API: read again, score a customer again. */
@Service
public class ConversationInsight {

    private final ConversationScoring scoring;
    private final ChurnRisks risks;
    private final Transactions transactions;

    ConversationInsight(ConversationScoring scoring, ChurnRisks risks, Transactions transactions) {
        this.scoring = scoring;
        this.risks = risks;
        this.transactions = transactions;
    }

    /** Reads the conversation again now, e.g. after a model changed; empty for an unknown conversation. */
    public Optional<ConversationSignal> recompute(long conversationId) {
        return transactions.appending(() -> scoring.recompute(conversationId)).map(ConversationScoring.Outcome::signal);
    }

    public void customerChanged(long customerId) {
        risks.rescore(customerId);
    }
}
