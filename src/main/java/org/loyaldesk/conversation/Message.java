package org.loyaldesk.conversation;

import org.loyaldesk.platform.StorableText;

import java.time.Instant;

import org.loyaldesk.platform.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** One entry on a conversation's timeline: a customer message, a reply, a note, a transfer or an event. */
@Table("conversation_message")
public class Message {

    @Id
    private Long id;
    private final long conversationId;
    private final MessageKind kind;
    private final Channel channel;
    private final AuthorType authorType;
    private final Long authorId;
    private final String authorName;
    private final String body;
    private final String externalId;
    private final Instant createdAt;
    private DeliveryStatus deliveryStatus;
    private int deliveryAttempts;
    private String deliveryError;
    private Instant deliveredAt;
    private final boolean automatic;
    private final boolean toEveryone;

    @PersistenceCreator
    Message(Long id, long conversationId, MessageKind kind, Channel channel, AuthorType authorType, Long authorId,
            String authorName, String body, String externalId, Instant createdAt, DeliveryStatus deliveryStatus,
            int deliveryAttempts, String deliveryError, Instant deliveredAt, boolean automatic, boolean toEveryone) {
        this.id = id;
        this.conversationId = conversationId;
        this.kind = kind;
        this.channel = channel;
        this.authorType = authorType;
        this.authorId = authorId;
        this.authorName = StorableText.of(authorName);
        this.body = StorableText.of(body);
        this.externalId = externalId;
        this.createdAt = createdAt;
        this.deliveryStatus = deliveryStatus;
        this.deliveryAttempts = deliveryAttempts;
        this.deliveryError = deliveryError;
        this.deliveredAt = deliveredAt;
        this.automatic = automatic;
        this.toEveryone = toEveryone;
    }

    static Message fromCustomer(long conversationId, Channel channel, String authorName, String body, String externalId,
                                boolean automatic, Instant at) {
        return new Message(null, conversationId, MessageKind.INBOUND, channel, AuthorType.CUSTOMER, null, authorName,
            body, externalId, at, DeliveryStatus.NOT_APPLICABLE, 0, null, null, automatic, false);
    }

    static Message reply(long conversationId, Channel channel, AuthorType authorType, Long authorId, String authorName,
                         String body, boolean toEveryone, Instant at) {
        // a reply on the phone channel records what was said on a call: there is nothing to deliver
        DeliveryStatus delivery = channel == Channel.PHONE ? DeliveryStatus.NOT_APPLICABLE : DeliveryStatus.PENDING;
        return new Message(null, conversationId, MessageKind.REPLY, channel, authorType, authorId, authorName, body, null,
            at, delivery, 0, null, null, false, toEveryone);
    }

    static Message internal(long conversationId, MessageKind kind, Channel channel, AuthorType authorType,
                            Long authorId, String authorName, String body, Instant at) {
        return new Message(null, conversationId, kind, channel, authorType, authorId, authorName, body, null, at,
            DeliveryStatus.NOT_APPLICABLE, 0, null, null, false, false);
    }

    public Long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public MessageKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public AuthorType authorType() {
        return authorType;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public String externalId() {
        return externalId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryStatus deliveryStatus() {
        return deliveryStatus;
    }

    public int deliveryAttempts() {
        return deliveryAttempts;
    }

    public String deliveryError() {
        return deliveryError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public boolean automatic() {
        return automatic;
    }

    public boolean toEveryone() {
        return toEveryone;
    }

    /** Visible to the customer: what they wrote and what we answered. */
    public boolean isPublic() {
        return kind == MessageKind.INBOUND || kind == MessageKind.REPLY;
    }
}
