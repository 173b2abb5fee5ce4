package org.loyaldesk.chat;

import java.util.List;

import org.loyaldesk.channel.spi.DeliveryException;
import org.loyaldesk.channel.spi.OutboundDriver;
import org.loyaldesk.conversation.OutgoingReply;
import org.loyaldesk.platform.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers agents' replies to chats: a reply is delivered when it is a line of the chat, which the visitor's
 * widget shows now or the next time it connects (it asks for every line after the last one it saw). A chat that
 * continues by email also gets the reply by mail, threaded like any reply. A chat conversation that did not come
 * from the widget (an API connector's) goes to the other drivers of the chat channel, such as a webhook.
 */
@Component
class ChatReplyDriver implements OutboundDriver {

    private final ChatSessions sessions;
    private final ChatLines lines;
    private final ChatPushes pushes;
    private final ObjectProvider<OutboundDriver> drivers;

    ChatReplyDriver(ChatSessions sessions, ChatLines lines, ChatPushes pushes, ObjectProvider<OutboundDriver> drivers) {
        this.sessions = sessions;
        this.lines = lines;
        this.pushes = pushes;
        this.drivers = drivers;
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.CHAT;
    }

    @Override
    public void deliver(OutgoingReply reply) throws DeliveryException {
        List<ChatSession> chats = sessions.ofConversation(reply.conversationId());
        if (chats.isEmpty()) {
            other(reply.channel()).deliver(reply);
            return;
        }
        ChatSession chat = chats.getFirst();
        ChatLines.Stored stored = lines.fromAgent(chat, reply.authorName(), reply.text(), reply.messageId());
        if (chat.state() != ChatState.ENDED) {
            sessions.agentAnswers(chat.id(), reply.authorName());
        }
        ChatSession now = sessions.byId(chat.id());
        if (!stored.duplicate()) {
            pushes.typing(chat.visitorId(), reply.authorName(), false);
            pushes.line(stored.line());
            pushes.state(now);
        }
        if (now.state() == ChatState.EMAIL && now.email() != null) {
            byEmail(reply, now.email());
        }
    }

    /** To the address the visitor left in the chat: theirs as far as this chat goes, not made the customer's. */
    private void byEmail(OutgoingReply reply, String address) throws DeliveryException {
        OutgoingReply mail = new OutgoingReply(reply.messageId(), reply.conversationId(), reply.customerId(), Channel.EMAIL,
            reply.authorName(), reply.text(), reply.subject(), false, address);
        other(Channel.EMAIL).deliver(mail);
    }

    private OutboundDriver other(Channel channel) throws DeliveryException {
        for (OutboundDriver driver : drivers.orderedStream().toList()) {
            if (driver != this && driver.handles(channel)) {
                return driver;
            }
        }
        throw new DeliveryException(channel == Channel.EMAIL
            ? "The chat continues by email, but no mail server is configured (SPRING_MAIL_HOST); the reply is in the chat"
            : "This chat conversation did not come from the web chat, and no webhook is set for the chat channel", true);
    }
}
