package org.loyaldesk.channel;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.conversation.ConversationIntake;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Durability;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.Transactions;
import org.springframework.stereotype.Service;

/**
 * The one way in for every channel: recognise the customer by any address they wrote from,
 * then file the message. Customer and message are written in one transaction, retried when a
 * concurrent delivery of the same message or from the same new customer wins the race.
 */
@Service
public class InboundMessages {

    private final CustomerDirectory customers;
    private final ConversationIntake intake;
    private final Transactions transactions;
    private final Durability durability;

    InboundMessages(CustomerDirectory customers, ConversationIntake intake, Transactions transactions,
                    Durability durability) {
        this.customers = customers;
        this.intake = intake;
        this.transactions = transactions;
        this.durability = durability;
    }

    /** Files the message and returns once it is safely stored: the caller may acknowledge it then. */
    public Receipt accept(InboundMessage message) {
        List<ContactAddress> addresses = addresses(message.channel(), message.from());
        Receipt receipt = transactions.appending(() -> {
            CustomerRef customer = customers.identify(addresses.getFirst(), message.from().name(), null);
            addresses.stream().skip(1).forEach(address -> customers.learnContact(customer.id(), address));
            String author = Sender.blank(message.from().name()) ? customer.displayName() : message.from().name();
            return intake.receive(new IncomingMessage(customer.id(), author, message.channel(),
                message.subject(), message.text(), message.externalId(), message.conversationId(), message.receivedAt()));
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
