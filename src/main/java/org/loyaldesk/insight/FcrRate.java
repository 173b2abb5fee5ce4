package org.loyaldesk.insight;

import java.util.List;

/**
 * The first-contact resolution of a group of conversations (a week, say). "No" is known at once but "yes"
 * only seven days after solving, so a rate over a group with many undecided conversations is low by
 * construction: it is pending until the undecided ones could no longer move it by more than ten points.
 *
 * @param rate    the share solved at first contact among the decided ones (0 .. 1); null while pending or empty
 * @param pending too many of the group are undecided to say
 */
public record FcrRate(Double rate, boolean pending) {

    /** The largest share of undecided conversations for which the rate is already shown. */
    static final double UNDECIDED_AT_MOST = 0.1;

    static FcrRate of(List<ConversationSignal> signals) {
        long undecided = signals.stream().filter(signal -> signal.fcr() == FcrState.PENDING).count();
        if (!signals.isEmpty() && undecided > UNDECIDED_AT_MOST * signals.size()) {
            return new FcrRate(null, true);
        }
        return new FcrRate(LoyaltyReport.fcrRate(signals), false);
    }
}
