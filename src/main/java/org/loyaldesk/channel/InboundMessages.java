package org.loyaldesk.channel;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ConversationIntake;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Durability;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Service;

/**
 * The one way in for every channel: recognise the customer by any address they wrote from,
 * then file the message. The customer is recognised (or made) first, in a short transaction of
 * its own, so that many messages from first-time senders at once do not wait on each other's
 * customer rows; the message is filed in a second one, retried when a concurrent delivery of the
 * same message wins the race. A customer made for a message that then fails to file is kept: it
 * is who wrote, and the sender's retry finds them.
 */
@Service
public class InboundMessages {

    private final CustomerDirectory customers;
    private final ConversationIntake intake;
    private final ConversationQueries conversations;
    private final Transactions transactions;
    private final Durability durability;
    private final ReplyAttachments attachments;

    InboundMessages(CustomerDirectory customers, ConversationIntake intake, ConversationQueries conversations,
                    Transactions transactions, Durability durability, ReplyAttachments attachments) {
        this.attachments = attachments;
        this.conversations = conversations;
        this.customers = customers;
        this.intake = intake;
        this.transactions = transactions;
        this.durability = durability;
    }

    /** Files the message and returns once it is safely stored: the caller may acknowledge it then. */
    public Receipt accept(InboundMessage message) {
        List<ContactAddress> addresses = addresses(message.channel(), message.from());
        if (message.conversationId() != null && conversations.customerOf(message.conversationId()).isEmpty()) {
            // checked before the customer is recognised: a message that cannot be filed makes no customer
            throw new NotFoundException("Conversation", message.conversationId());
        }
        CustomerRef customer = customers.recognise(addresses, message.from().name());
        Receipt receipt = transactions.appending(() -> {
            String author = Sender.blank(message.from().name()) ? customer.displayName() : message.from().name();
            return intake.receive(new IncomingMessage(customer.id(), author, message.channel(),
                message.subject(), message.text(), message.externalId(), message.conversationId(), message.receivedAt()));
        });
        durability.awaitCommitted();
        return receipt;
    }

    /**
     * Files a message from a customer who is known already (signed in on the portal), with the files
     * they attached, stored in the same transaction as the message so that neither goes without the other.
     */
    public Receipt acceptFromCustomer(IncomingMessage message, List<AttachedFile> files) {
        if (message.conversationId() != null && conversations.customerOf(message.conversationId()).isEmpty()) {
            throw new NotFoundException("Conversation", message.conversationId());
        }
        Receipt receipt = transactions.appending(() -> {
            Receipt filed = intake.receive(message);
            // a retried delivery of the same message brings its files again: they are attached once
            if (!files.isEmpty() && !filed.duplicate()) {
                attachments.attachToMessage(filed.messageId(), files);
            }
            return filed;
        });
        durability.awaitCommitted();
        return receipt;
    }

    /** The addresses in the order we trust them to identify a person: email, phone, then a platform handle. */
    static List<ContactAddress> addresses(Channel channel, Sender from) {
        if (from == null || from.isAnonymous()) {
            throw new RuleViolationException("A message needs a sender: an email, a phone number or a handle");
        }
        List<ContactAddress> addresses = new ArrayList<>();
        if (!Sender.blank(from.email())) {
            addresses.add(ContactAddress.email(from.email()));
        }
        if (!Sender.blank(from.phone())) {
            addresses.add(ContactAddress.phone(from.phone()));
        }
        if (!Sender.blank(from.handle())) {
            addresses.add(channel == Channel.CHAT ? ContactAddress.chatVisitor(from.handle())
                : ContactAddress.external(channel.code(), from.handle()));
        }
        return addresses;
    }
}
