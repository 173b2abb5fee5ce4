package org.loyaldesk.channel.email;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.loyaldesk.channel.email.parse.MailAddress;
import org.loyaldesk.channel.spi.DeliveryException;
import org.loyaldesk.channel.spi.OutboundDriver;
import org.loyaldesk.channel.spi.ReplyMailLinks;
import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.OutgoingReply;
import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers agents' replies by email: to the address the customer last wrote from, threaded into
 * their mail program's conversation (In-Reply-To, References, the [#id] in the subject), from the
 * support address they wrote to, with the agent's name, and to everyone on the conversation when
 * the agent chose reply-all.
 */
@Component
class EmailReplyDriver implements OutboundDriver {

    private final ObjectProvider<JavaMailSender> sender;
    private final SentMails sent;
    private final MailStore store;
    private final Mailboxes mailboxes;
    private final MailSettings settings;
    private final MailIngest ingest;
    private final CustomerDirectory customers;
    private final ConversationQueries conversations;
    private final ReplyAttachments attachments;
    private final List<ReplyMailLinks> links;

    EmailReplyDriver(ObjectProvider<JavaMailSender> sender, SentMails sent, MailStore store, Mailboxes mailboxes,
                     MailSettings settings, MailIngest ingest, CustomerDirectory customers,
                     ConversationQueries conversations, ReplyAttachments attachments, List<ReplyMailLinks> links) {
        this.links = links;
        this.sender = sender;
        this.sent = sent;
        this.store = store;
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.ingest = ingest;
        this.customers = customers;
        this.conversations = conversations;
        this.attachments = attachments;
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.EMAIL && sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(OutgoingReply reply) throws DeliveryException {
        Optional<MailStore.LastInbound> last = store.lastInbound(reply.conversationId());
        String to = Optional.ofNullable(reply.address())
            .or(() -> last.map(MailStore.LastInbound::fromAddress).filter(address -> address != null && address.contains("@")))
            .or(() -> customerEmail(reply.customerId()))
            .orElseThrow(() -> new DeliveryException("The customer has no email address to reply to", true));
        ConversationDetail conversation = conversations.detail(reply.conversationId()).orElseThrow();
        Sender from = from(reply);
        List<String> references = new ArrayList<>(last.map(MailStore.LastInbound::references).orElse(List.of()));
        last.map(MailStore.LastInbound::rfcMessageId).filter(id -> id != null && !id.isBlank()).ifPresent(references::add);
        try {
            List<InternetAddress> cc = reply.toEveryone() ? participants(reply.conversationId(), to) : List.of();
            MailComposer.Composed mail = MailComposer.compose(new MailComposer.Draft(from.address(), List.of(address(to, null)),
                cc, from.replyTo(), MailThreading.replySubject(reply.subject(), reply.conversationId()),
                cc.isEmpty() ? withFooter(reply) : reply.text(), null, quote(conversation),
                last.map(MailStore.LastInbound::rfcMessageId).orElse(null),
                references.subList(Math.max(0, references.size() - 20), references.size()), false, "reply",
                settings.domain(), files(reply.messageId())), ingest.loopMarker());
            sent.send(sender.getObject(), mail, reply.messageId(), reply.conversationId(),
                MailThreading.replySubject(reply.subject(), reply.conversationId()));
        } catch (SentMails.Refused refused) {
            throw new DeliveryException(refused.getMessage(), refused.permanent());
        } catch (AddressException | IllegalArgumentException bad) {
            throw new DeliveryException("An address of this conversation is not valid: " + bad.getMessage(), true);
        }
    }

    /**
     * The reply as the agent wrote it, with a link to the conversation online under it when a module offers one.
     * Only for mail to the customer alone: the link opens the conversation as the customer, so others on Cc must
     * not get it.
     */
    private String withFooter(OutgoingReply reply) {
        return links.stream().flatMap(link -> link.footer(reply.customerId(), reply.conversationId()).stream()).findFirst()
            .map(footer -> reply.text() + "\n\n-- \n" + footer).orElse(reply.text());
    }

    /** "Anna via Koffie & Keuken" from the support address the customer wrote to. */
    private Sender from(OutgoingReply reply) throws DeliveryException {
        Set<String> own = mailboxes.ownAddresses();
        String address = store.participantsOfInbound(reply.conversationId()).stream().filter(own::contains).findFirst()
            .orElse(settings.address());
        String team = mailboxes.byAddress(address).map(Mailboxes.Mailbox::displayName).orElse(settings.displayName());
        String name = reply.authorName() == null ? team : reply.authorName() + " (" + team + ")";
        try {
            return new Sender(address(address, name), address(address, team));
        } catch (AddressException e) {
            throw new DeliveryException("The support address " + address + " is not valid", true);
        }
    }

    private record Sender(InternetAddress address, InternetAddress replyTo) {
    }

    private List<InternetAddress> participants(long conversationId, String to) throws AddressException {
        List<InternetAddress> cc = new ArrayList<>();
        for (MailAddress participant : store.participants(conversationId)) {
            if (!participant.normalized().equals(to.toLowerCase())) {
                cc.add(address(participant.address(), participant.name()));
            }
        }
        return cc;
    }

    private List<AttachedFile> files(long messageId) {
        return attachments.ofMessage(messageId).stream()
            .map(file -> new AttachedFile(file.fileName(), file.contentType(), attachments.content(file.id()))).toList();
    }

    private Optional<String> customerEmail(long customerId) {
        return customers.profile(customerId).map(CustomerProfile::contacts).orElse(List.of()).stream()
            .filter(contact -> contact.kind() == ContactKind.EMAIL).map(ContactAddress::value).findFirst();
    }

    private static MailComposer.Quote quote(ConversationDetail conversation) {
        List<TimelineEntry> timeline = conversation.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry entry = timeline.get(i);
            if (entry.kind() == MessageKind.INBOUND && !entry.automatic()) {
                return new MailComposer.Quote(entry.authorName() == null ? "You" : entry.authorName(), entry.createdAt(),
                    entry.body());
            }
        }
        return null;
    }

    static InternetAddress address(String address, String name) throws AddressException {
        try {
            InternetAddress internet = new InternetAddress(address, name == null || name.isBlank() ? null : name, "UTF-8");
            internet.validate();
            return internet;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
