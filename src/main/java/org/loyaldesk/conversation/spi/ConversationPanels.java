package org.loyaldesk.conversation.spi;

import java.util.Map;
import java.util.Optional;

/**
 * A panel another module shows in the sidebar of the conversation page (signals, effort, the
 * survey answer), rendered from that module's own template without the page knowing its content.
 */
public interface ConversationPanels {

    Optional<Panel> panel(long conversationId);

    /**
     * @param template the Thymeleaf template that holds the fragment, e.g. {@code insight/panel}
     * @param fragment the fragment to render; it sees {@code model} as the variable {@code panel}
     */
    record Panel(String template, String fragment, Map<String, Object> model) {
    }
}
