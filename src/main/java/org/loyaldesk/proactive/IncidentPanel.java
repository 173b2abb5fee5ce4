package org.loyaldesk.proactive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.platform.Language;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a conversation about an incident: which incident, and its notice in the customer's language as a
 * suggested reply the agent puts in the reply box with one click. Shown only on linked conversations.
 */
@Component
@Order(2)
class IncidentPanel implements ConversationPanels {

    private final Incidents incidents;
    private final ConversationQueries conversations;
    private final CustomerDirectory customers;

    IncidentPanel(Incidents incidents, ConversationQueries conversations, CustomerDirectory customers) {
        this.incidents = incidents;
        this.conversations = conversations;
        this.customers = customers;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        List<Incident> linked = incidents.ofConversation(conversationId);
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        Language language = conversations.summary(conversationId).map(ConversationSummary::customerId)
            .flatMap(customers::ref).map(CustomerRef::language).orElse(Language.EN);
        Map<String, Object> model = new HashMap<>();
        model.put("incidents", linked);
        model.put("language", language);
        return Optional.of(new Panel("proactive/incident-panel", "incidents", model));
    }
}
