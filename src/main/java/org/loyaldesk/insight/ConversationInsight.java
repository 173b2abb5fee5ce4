package org.loyaldesk.insight;

import java.util.Optional;

import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Service;

/** The insight module's operations for its web layer and API: read again, score a customer again. */
@Service
public class ConversationInsight {

    private final ConversationScoring scoring;
    private final ChurnRisks risks;
    private final EffortModels effort;
    private final Transactions transactions;

    ConversationInsight(ConversationScoring scoring, ChurnRisks risks, EffortModels effort, Transactions transactions) {
        this.scoring = scoring;
        this.risks = risks;
        this.effort = effort;
        this.transactions = transactions;
    }

    /** Reads the conversation again now, e.g. after a model changed; empty for an unknown conversation. */
    public Optional<ConversationSignal> recompute(long conversationId) {
        return transactions.appending(() -> scoring.recompute(conversationId)).map(ConversationScoring.Outcome::signal);
    }

    /** Scores the customer's churn risk again, e.g. after they were marked as churned. */
    public void customerChanged(long customerId) {
        transactions.appending(() -> {
            risks.rescore(customerId);
            return null;
        });
    }

    /**
     * Calibrates effort and trains the churn model now. Run again when a listener stored a customer's
     * risk at the same moment: both write the same rows.
     */
    public ChurnModel train() {
        return transactions.appending(() -> {
            effort.calibrate();
            return risks.train();
        });
    }
}
