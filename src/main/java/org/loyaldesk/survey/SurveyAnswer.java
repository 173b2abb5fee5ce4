package org.loyaldesk.survey;

import java.time.Instant;

/** A customer's answer, with what it is about as it was when they were asked. */
public record SurveyAnswer(long invitationId, Long conversationId, long customerId, SurveyKind kind, int score,
                           String comment, Long agentId, Long teamId, String contactReason, String productSku,
                           Instant answeredAt) {

    public double feeling() {
        return kind.feeling(score);
    }

    public boolean negative() {
        return kind.negative(score);
    }
}
