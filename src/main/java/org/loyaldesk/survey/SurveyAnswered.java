package org.loyaldesk.survey;

/** A customer answered a survey question (or changed their answer). */
public record SurveyAnswered(long invitationId, Long conversationId, long customerId, SurveyKind kind, int score) {
}
