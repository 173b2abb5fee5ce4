package org.loyaldesk.chat;

import java.util.List;

import org.loyaldesk.channel.InboundMessages;
import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.platform.Channel;
import org.springframework.stereotype.Component;

/**
 * Makes a visitor's line a message of the chat's conversation, through the channels' one way in, so that
 * it counts like a message on any channel (signals, search, continuation). Filing is idempotent (the line id
 * is the message's external id), so a line filed twice, by a retry or by {@link UnfiledLines}, is one message.
 */
@Component
class ChatFiling {

    private static final int SUBJECT = 80;

    private final InboundMessages inbound;
    private final ChatLines lines;
    private final ChatTexts texts;

    ChatFiling(InboundMessages inbound, ChatLines lines, ChatTexts texts) {
        this.inbound = inbound;
        this.lines = lines;
        this.texts = texts;
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
        return displayName(visitor, session.language());
    }

    /** As the shop signed it, else "Chat visitor" and a few letters of their id, which tell two anonymous chats apart. */
    String displayName(ChatVisitors.Visitor visitor, org.loyaldesk.platform.Language language) {
        return visitor.name() != null ? visitor.name()
            : texts.say(language, "chat.visitor") + " " + visitor.publicId().substring(2, 6);
    }

    static String subject(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() > SUBJECT ? line.substring(0, SUBJECT - 1) + "…" : line;
    }
}
