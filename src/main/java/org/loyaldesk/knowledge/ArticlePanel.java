package org.loyaldesk.knowledge;

import java.util.Optional;

import org.loyaldesk.conversation.spi.ConversationPanels;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Beside a conversation: articles about what the customer wrote, each one click away from the
 * reply. The panel reloads itself when the timeline does, so a new message brings new suggestions.
 */
@Component
@Order(10)
class ArticlePanel implements ConversationPanels {

    private final ArticleSuggestions suggestions;

    ArticlePanel(ArticleSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        return Optional.of(new Panel("knowledge/panel", "articles", suggestions.panel(conversationId)));
    }
}
