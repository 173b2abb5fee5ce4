package org.loyaldesk.insight;

import java.time.Instant;

/**
 * What Loyaldesk reads in one conversation: the customer's peak and end, the effort it cost them,
 * whether it was solved at first contact, and how fast and in what tone we answered.
 *
 * @param peak        the most negative feeling of the customer (-1 .. 1), null without customer messages
 * @param endFeeling  the survey answer or the last customer message as a feeling (-1 .. 1)
 * @param inputs      the effort drivers; {@link #effort()} is computed from them with the effort model
 * @param firstResponseMinutes business minutes until our first reply, null without one
 * @param resolutionMinutes    business minutes from the first message until solved, null while open
 * @param agentTone   the mean sentiment of our replies, null without replies
 */
public record ConversationSignal(long conversationId, long customerId, Long agentId, Long teamId, String channel,
                                 String contactReason, String productSku, String status, Instant createdAt,
                                 Instant solvedAt, boolean spam, int customerMessages, int agentReplies, Double peak,
                                 Long peakMessageId, Double endFeeling, boolean endFromSurvey, Double peakEnd,
                                 double maxAnger, Mood mood, double effort, EffortInputs inputs, FcrState fcr,
                                 String fcrReason, Instant fcrDecidedAt, Double firstResponseMinutes,
                                 Double resolutionMinutes, Double agentTone, Long previousConversationId) {
}
