package org.loyaldesk.insight;

import java.time.Clock;
import java.time.Instant;

import org.loyaldesk.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What only time decides: first-contact resolution seven days after solving, and models trained
 * again when the data they were trained on changed (new churn marks, conversations, survey answers).
 * The clock is injected, so that a test can let a week pass.
 */
@Component
class SignalsFollowTime {

    private static final Logger log = LoggerFactory.getLogger(SignalsFollowTime.class);

    private final ConversationSignals signals;
    private final ConversationScoring scoring;
    private final ChurnRisks risks;
    private final EffortModels effort;
    private final Transactions transactions;
    private final Clock clock;

    SignalsFollowTime(ConversationSignals signals, ConversationScoring scoring, ChurnRisks risks, EffortModels effort,
                      Transactions transactions, Clock clock) {
        this.signals = signals;
        this.scoring = scoring;
        this.risks = risks;
        this.effort = effort;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Decides first-contact resolution of every conversation solved at least seven days ago. Returns how many. */
    @Scheduled(fixedDelayString = "${loyaldesk.insight.fcr-interval:15m}", initialDelayString = "PT1M")
    int decideFirstContactResolution() {
        Instant now = clock.instant();
        int decided = 0;
        for (long conversationId : signals.fcrDue(now.minus(FirstContactResolution.WINDOW))) {
            transactions.appending(() -> scoring.recompute(conversationId, now));
            decided++;
        }
        return decided;
    }

    /**
     * Trains the churn model and calibrates effort soon after start and then when the data changed
     * enough since the last training (checked every 20 s, three counts; see {@link TrainingDue}).
     */
    @Scheduled(fixedDelayString = "${loyaldesk.insight.training-interval:20s}",
        initialDelayString = "${loyaldesk.insight.first-training:6s}")
    void trainWhenDataChanged() {
        ChurnModel inUse = risks.model();
        if (!TrainingDue.due(inUse.fingerprint(), inUse.trainedAt(), risks.fingerprint(), clock.instant())) {
            return;
        }
        long started = System.nanoTime();
        ChurnModel model = transactions.appending(() -> {
            effort.calibrate();
            return risks.train();
        });
        log.info("Insight models trained in {} ms: churn AUC on held-out customers {}, effort {}",
            (System.nanoTime() - started) / 1_000_000, model.auc(),
            effort.current().calibrated() ? "calibrated on " + effort.current().fit().answers() + " answers" : "default");
    }
}
