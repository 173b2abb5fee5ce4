package org.loyaldesk.automation.macros;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Beside a conversation: the macros for its contact reason first, then the others, and the picker that {@code m}
 * opens. Shown only when the agent has macros at all.
 */
@Component
@Order(5)
class MacroPanel implements ConversationPanels {

    private final MacroBook book;
    private final ConversationQueries conversations;

    MacroPanel(MacroBook book, ConversationQueries conversations) {
        this.book = book;
        this.conversations = conversations;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        String reason = conversations.summary(conversationId).map(c -> c.contactReason()).orElse(null);
        List<Macro> macros = book.suggestedFor(reason);
        List<Macro> suggested = macros.stream().filter(m -> reason != null && reason.equals(m.suggestFor())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("conversationId", conversationId);
        model.put("macros", macros);
        model.put("suggested", suggested);
        return Optional.of(new Panel("automation/macro-panel", "macros", model));
    }
}
