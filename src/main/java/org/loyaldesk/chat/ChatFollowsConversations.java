package org.loyaldesk.chat;

import java.util.List;

import org.loyaldesk.chat.ChatLine.Author;
import org.loyaldesk.conversation.ConversationSolved;
import org.loyaldesk.conversation.ConversationWatched;
import org.loyaldesk.conversation.ConversationsMerged;
import org.loyaldesk.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The chat follows what agents do with its conversation: the visitor sees an agent typing and that their
 * lines were read (and is no longer asked for an address once an agent opened the waiting chat), the chat ends when the conversation is solved (and asks how easy it was), and merges of
 * conversations and customers take the chat along.
 */
@Component
class ChatFollowsConversations {

    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatPushes pushes;
    private final ChatStreams streams;
    private final ChatTexts texts;
    private final VisitorTyping typing;
    private final JdbcClient jdbc;

    ChatFollowsConversations(ChatSessions sessions, ChatLines lines, ChatPushes pushes, ChatStreams streams,
                             ChatTexts texts, VisitorTyping typing, JdbcClient jdbc) {
        this.typing = typing;
        this.sessions = sessions;
        this.lines = lines;
        this.pushes = pushes;
        this.streams = streams;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** An agent has the conversation open: the visitor sees them typing, and their own lines as read. */
    @EventListener
    void on(ConversationWatched watched) {
        List<ChatSession> chats = sessions.ofConversation(watched.conversationId());
        if (chats.isEmpty() || chats.getFirst().state() == ChatState.ENDED) {
            return;
        }
        ChatSession chat = chats.getFirst();
        if (!streams.connected(chat.visitorId())) {
            return;
        }
        if (sessions.someoneCame(chat.id())) {
            pushes.state(sessions.byId(chat.id()));
            typing.changed(chat);
        }
        pushes.typing(chat.visitorId(), watched.agentName(), watched.typing());
        long last = lines.lastOf(chat.id(), Author.VISITOR);
        if (last > 0 && sessions.agentsRead(chat.id(), last)) {
            pushes.read(chat.visitorId(), last);
        }
    }

    @ApplicationModuleListener
    void on(ConversationSolved solved) {
        for (ChatSession chat : sessions.ofConversation(solved.conversationId())) {
            if (sessions.end(chat.id())) {
                ChatSession ended = sessions.byId(chat.id());
                pushes.line(lines.system(ended, texts.say(ended.language(), "chat.solved")));
                pushes.state(ended);
            }
        }
    }

    @ApplicationModuleListener
    void on(ConversationsMerged merged) {
        sessions.conversationMerged(merged.mergedId(), merged.intoId());
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        jdbc.sql("UPDATE chat_visitor SET customer_id = ? WHERE customer_id = ?")
            .params(merged.survivorId(), merged.duplicateId()).update();
    }
}
