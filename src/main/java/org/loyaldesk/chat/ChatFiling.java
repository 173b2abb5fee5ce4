package org.loyaldesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.loyaldesk.channel.InboundMessages;
import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.platform.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes a visitor's line a message of the chat's conversation, through the channels' one way in, so that
 * it counts like a message on any channel (signals, search, continuation). Filing is idempotent (the line id
 * is the message's external id), so a line filed twice, by a retry or by the sweep, is one message.
 */
@Component
class ChatFiling {

    private static final Logger log = LoggerFactory.getLogger(ChatFiling.class);
    private static final Duration SWEEP_AFTER = Duration.ofSeconds(20);
    private static final int SUBJECT = 80;

    private final InboundMessages inbound;
    private final ChatLines lines;
    private final ChatSessions sessions;
    private final ChatVisitors visitors;
    private final ChatTexts texts;
    private final Clock clock;

    ChatFiling(InboundMessages inbound, ChatLines lines, ChatSessions sessions, ChatVisitors visitors, ChatTexts texts,
               Clock clock) {
        this.inbound = inbound;
        this.lines = lines;
        this.sessions = sessions;
        this.visitors = visitors;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * @param conversationId where it goes; null for the first line of a hand-over, which lets Loyaldesk continue
     *                       the customer's conversation about the same issue (on any channel) or start one
     */
    Receipt file(ChatLine line, long customerId, String authorName, Long conversationId, List<AttachedFile> files) {
        String body = line.body();
        IncomingMessage message = new IncomingMessage(customerId, authorName, Channel.CHAT, subject(body), body,
            "chat-line-" + line.id(), conversationId, line.createdAt());
        Receipt receipt = inbound.acceptFromCustomer(message, files);
        lines.filedAs(line.id(), receipt.messageId());
        return receipt;
    }

    /** The name the visitor's messages carry: as the shop signed it, else "Chat visitor" in the chat's language. */
    String authorName(ChatVisitors.Visitor visitor, ChatSession session) {
        return visitor.name() != null ? visitor.name() : texts.say(session.language(), "chat.visitor");
    }

    static String subject(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() > SUBJECT ? line.substring(0, SUBJECT - 1) + "…" : line;
    }

    /** Files what a crash left between storing a line and filing it. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void sweep() {
        for (ChatLine line : lines.unfiled(clock.instant().minus(SWEEP_AFTER), 100)) {
            ChatSession session = sessions.byId(line.sessionId());
            ChatVisitors.Visitor visitor = visitors.byId(line.visitorId());
            if (visitor.customerId() == null || session.conversationId() == null) {
                continue;
            }
            try {
                file(line, visitor.customerId(), authorName(visitor, session), session.conversationId(), List.of());
            } catch (RuntimeException e) {
                log.warn("Chat line {} could not be filed yet: {}", line.id(), e.getMessage());
            }
        }
    }
}
