package org.loyaldesk.survey;

import java.time.Instant;

import org.loyaldesk.platform.Language;

/** An invitation to answer, as the answer page needs it. */
public record Invitation(long id, Long conversationId, long customerId, SurveyKind kind, Language language,
                         Instant expiresAt, Integer score, String comment, String outcome) {
}
