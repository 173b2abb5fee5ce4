package org.loyaldesk.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.chat.ChatLine.Author;
import org.loyaldesk.conversation.spi.ConversationPanels;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Beside a conversation that came from the web chat: whether the visitor is still there, typing, and has seen
 * the last reply; the page they chatted from; and whether the chat continues by email. Live: it refreshes when
 * any of that changes.
 */
@Component
@Order(5)
class ChatPanel implements ConversationPanels {

    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatStreams streams;
    private final VisitorTyping typing;

    ChatPanel(ChatSessions sessions, ChatLines lines, ChatStreams streams, VisitorTyping typing) {
        this.sessions = sessions;
        this.lines = lines;
        this.streams = streams;
        this.typing = typing;
    }

    @Override
    public Optional<Panel> panel(long conversationId) {
        List<ChatSession> chats = sessions.ofConversation(conversationId);
        if (chats.isEmpty()) {
            return Optional.empty();
        }
        ChatSession chat = chats.getFirst();
        long lastAgentLine = lines.lastOf(chat.id(), Author.AGENT);
        Map<String, Object> model = new HashMap<>();
        model.put("conversationId", conversationId);
        model.put("state", chat.state().code());
        model.put("online", chat.state() != ChatState.ENDED && streams.connected(chat.visitorId()));
        model.put("typing", chat.state() != ChatState.ENDED && typing.typing(chat.id()));
        model.put("seen", lastAgentLine > 0 && chat.visitorReadTo() >= lastAgentLine);
        model.put("page", chat.pageUrl());
        model.put("email", chat.email());
        model.put("askEmail", chat.askEmail());
        model.put("surveyScore", chat.surveyScore());
        model.put("chats", chats.size());
        return Optional.of(new Panel("chat/panel", "chat", model));
    }
}
