package org.loyaldesk.conversation;

import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files what customers write into conversations, whatever the channel: continues the ongoing
 * conversation, reopens a solved one, or starts a new one (linked to a closed one it follows up).
 * Receiving the same channel message twice files it once.
 */
@Service
@Transactional
public class ConversationIntake {

    private final Conversations conversations;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    ConversationIntake(Conversations conversations, Messages messages, ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
    }

    public Receipt receive(IncomingMessage incoming) {
        if (incoming.externalId() != null) {
            var known = messages.findByChannelAndExternalId(incoming.channel(), incoming.externalId());
            if (known.isPresent()) {
                Message message = known.get();
                long customerId = conversations.findById(message.conversationId()).orElseThrow().customerId();
                return new Receipt(customerId, message.conversationId(), message.id(), true);
            }
        }
        Conversation conversation = incoming.nature() == MessageNature.SPAM ? start(incoming, null) : target(incoming);
        boolean automatic = incoming.nature() == MessageNature.AUTOMATIC;
        Message message = messages.save(Message.fromCustomer(conversation.id(), incoming.channel(), incoming.authorName(),
            incoming.text(), incoming.externalId(), automatic, incoming.receivedAt()));
        if (automatic) {
            conversation.automaticMessageArrived(message.id(), incoming.receivedAt());
        } else {
            conversation.customerWrote(message.id(), incoming.receivedAt());
        }
        conversations.save(conversation);
        return new Receipt(conversation.customerId(), conversation.id(), message.id(), false);
    }

    private Conversation target(IncomingMessage incoming) {
        if (incoming.conversationId() == null) {
            if (!incoming.continueOngoing()) {
                return start(incoming, null);
            }
            return conversations.findOngoingForUpdate(incoming.customerId(), incoming.channel())
                .orElseGet(() -> start(incoming, null));
        }
        Conversation named = conversations.findForUpdateById(incoming.conversationId())
            .orElseThrow(() -> new NotFoundException("Conversation", incoming.conversationId()));
        if (named.customerId() != incoming.customerId()) {
            throw new RuleViolationException("Conversation " + named.id() + " belongs to another customer");
        }
        return named.status() == ConversationStatus.CLOSED ? start(incoming, named.id()) : named;
    }

    private Conversation start(IncomingMessage incoming, Long previousConversationId) {
        String subject = incoming.subject() == null || incoming.subject().isBlank()
            ? Subjects.fromText(incoming.text()) : incoming.subject();
        Conversation conversation = conversations.save(Conversation.start(incoming.customerId(), subject,
            incoming.channel(), previousConversationId, incoming.nature() == MessageNature.SPAM, incoming.receivedAt()));
        events.publishEvent(new ConversationOpened(conversation.id(), conversation.customerId(), conversation.channel(),
            previousConversationId));
        return conversation;
    }
}
