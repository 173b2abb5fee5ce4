package org.loyaldesk.automation.macros;

import java.util.List;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;

/** What a macro does to the conversation besides writing: each part may be absent. */
public record MacroActions(ConversationStatus status, Priority priority, String contactReason, List<String> tags) {

    public MacroActions {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static MacroActions none() {
        return new MacroActions(null, null, null, List.of());
    }

    public boolean isEmpty() {
        return status == null && priority == null && contactReason == null && tags.isEmpty();
    }
}
