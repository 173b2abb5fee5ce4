package org.loyaldesk.automation.reason;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.springframework.stereotype.Component;

/**
 * Beside a conversation: the reason the classifier read on arrival, set or suggested. A suggestion the agent has
 * not answered yet (the reason is still empty) can be accepted with one click.
 */
@Component
class ReasonPanel implements ConversationPanels {

    private final ReasonReadings readings;
    private final ConversationQueries conversations;

    ReasonPanel(ReasonReadings readings, ConversationQueries conversations) {
        this.readings = readings;
        this.conversations = conversations;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        return readings.find(conversationId).map(reading -> {
            Map<String, Object> model = new HashMap<>();
            model.put("reading", reading);
            model.put("conversationId", conversationId);
            model.put("acceptable", !reading.applied() && conversations.detail(conversationId)
                .map(d -> d.summary().contactReason() == null).orElse(false));
            return new Panel("automation/reason-panel", "panel", model);
        });
    }
}
