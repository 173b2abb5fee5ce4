package org.loyaldesk.automation.rules;

import java.util.Locale;

import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.platform.Language;

/** What a rule's conditions look at: the conversation's fields, its language, and the anger read in it (0 to 1). */
record RuleFacts(ConversationSummary conversation, Language language, double anger) {

    boolean matches(Condition condition) {
        String value = condition.value() == null ? "" : condition.value().trim().toLowerCase(Locale.ROOT);
        return switch (condition.field()) {
            case "anger" -> "above".equals(condition.operator()) ? anger > Double.parseDouble(value)
                : anger < Double.parseDouble(value);
            case "tag" -> is(condition, conversation.tags().contains(value));
            default -> is(condition, value.equals(fieldValue(condition.field())));
        };
    }

    private static boolean is(Condition condition, boolean holds) {
        return "is-not".equals(condition.operator()) != holds;
    }

    private String fieldValue(String field) {
        return switch (field) {
            case "channel" -> conversation.channel().code();
            case "status" -> conversation.status().code();
            case "priority" -> conversation.priority().code();
            case "contact-reason" -> conversation.contactReason();
            case "language" -> language == null ? null : language.code();
            case "team" -> conversation.teamId() == null ? null : String.valueOf(conversation.teamId());
            case "at-risk" -> String.valueOf(conversation.atRisk());
            default -> throw new IllegalStateException("unchecked field " + field);
        };
    }
}
