package org.loyaldesk.chat;

import java.time.Instant;

import org.loyaldesk.platform.Language;

/**
 * One chat of a visitor.
 *
 * @param conversationId the conversation the agents see, from the hand-over on
 * @param agentName      who answers, once an agent did
 * @param email          where the chat continues when nobody was there to answer it
 * @param askEmail       nobody is there: the widget asks for an address
 * @param askSurvey      the chat is over: the widget asks how easy it was
 * @param agentsReadTo   the last visitor line an agent has seen
 * @param visitorReadTo  the last line the visitor has seen with the widget open
 */
record ChatSession(long id, long visitorId, Long conversationId, ChatState state, Language language, String pageUrl,
                   String agentName, String email, boolean askEmail, boolean askSurvey, Integer surveyScore,
                   long agentsReadTo, long visitorReadTo, Instant startedAt) {
}
