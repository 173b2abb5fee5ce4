package org.loyaldesk.survey;

/**
 * A customer answered a survey question (or changed their answer).
 *
 * @param kind the question's {@link SurveyKind#code()}: events are stored as JSON, codes read back the same way
 */
public record SurveyAnswered(long invitationId, Long conversationId, long customerId, String kind, int score) {
}
