package org.loyaldesk.automation.macros;

import java.util.List;

import org.loyaldesk.platform.Language;

/**
 * A macro applied to a conversation: the reply text with its placeholders filled, in {@code language};
 * {@code missing} names placeholders the conversation had no value for (left empty in the text);
 * {@code done} the actions already carried out; {@code statusOnSend} the status the reply should leave, when that
 * waits for the agent to send.
 */
public record AppliedMacro(long macroId, long conversationId, String text, Language language, List<String> missing,
                           List<String> done, String statusOnSend) {
}
