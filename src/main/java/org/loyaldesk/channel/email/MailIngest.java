package org.loyaldesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.loyaldesk.channel.email.MailTriage.Verdict;
import org.loyaldesk.channel.email.automatic.Bounce;
import org.loyaldesk.channel.email.automatic.FailedRecipient;
import org.loyaldesk.channel.email.automatic.MailLoops;
import org.loyaldesk.channel.email.parse.AttachmentSink;
import org.loyaldesk.channel.email.parse.MailAddress;
import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParsedMail;
import org.loyaldesk.channel.email.spam.SpamFilter;
import org.loyaldesk.conversation.ConversationIntake;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.Deliveries;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.MessageNature;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Durability;
import org.loyaldesk.platform.InstanceSettings;
import org.loyaldesk.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way in for mail, whichever driver delivered it (IMAP, the MTA pipe): the raw bytes are
 * stored first and always, byte for byte; then the mail is read, triaged (bounce, automatic, our
 * own, spam), threaded, matched to its customer and filed. The same mail delivered twice is filed
 * once. A mail that cannot be read is still filed, flagged, with whatever text could be saved.
 */
@Service
public class MailIngest {

    private static final Logger log = LoggerFactory.getLogger(MailIngest.class);

    private final RawMailSpool spool;
    private final MailParser parser;
    private final SpamFilter spam;
    private final MailStore store;
    private final MailThreading threading;
    private final Mailboxes mailboxes;
    private final UndeliverableAddresses undeliverable;
    private final CustomerDirectory customers;
    private final ConversationIntake intake;
    private final ConversationQueries conversations;
    private final Deliveries deliveries;
    private final InstanceSettings instance;
    private final Transactions transactions;
    private final Durability durability;
    private final Clock clock;

    MailIngest(RawMailSpool spool, MailParser parser, SpamFilter spam, MailStore store, MailThreading threading,
               Mailboxes mailboxes, UndeliverableAddresses undeliverable, CustomerDirectory customers,
               ConversationIntake intake, ConversationQueries conversations, Deliveries deliveries,
               InstanceSettings instance, Transactions transactions, Durability durability, Clock clock) {
        this.spool = spool;
        this.parser = parser;
        this.spam = spam;
        this.store = store;
        this.threading = threading;
        this.mailboxes = mailboxes;
        this.undeliverable = undeliverable;
        this.customers = customers;
        this.intake = intake;
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.instance = instance;
        this.transactions = transactions;
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Files one raw RFC 822 message and returns once it is safely stored (the driver may acknowledge
     * it then); the stream is read to its end but not closed.
     */
    public MailReceipt ingest(InputStream raw) throws IOException {
        try (RawMailSpool.Spooled spooled = spool.spool(raw)) {
            ParsedMail mail;
            try (InputStream in = spooled.open()) {
                mail = parser.parse(in, AttachmentSink.DISCARD);
            }
            Set<String> ownAddresses = mailboxes.ownAddresses();
            Verdict verdict = triage(mail, ownAddresses);
            Optional<Long> threadedByHeaders = threading.byHeaders(mail);
            Optional<Long> senderCustomer = senderCustomer(mail, verdict, threadedByHeaders);
            MailReceipt receipt = transactions.appending(() -> file(spooled, mail, verdict, ownAddresses,
                threadedByHeaders, senderCustomer));
            durability.awaitCommitted();
            return receipt;
        }
    }

    private Verdict triage(ParsedMail mail, Set<String> ownAddresses) {
        Set<String> ownDomains = Set.copyOf(ownAddresses.stream().map(a -> a.substring(a.indexOf('@') + 1)).toList());
        return new MailTriage(new MailLoops(loopMarker(), ownDomains, ownAddresses), spam).triage(mail);
    }

    /** What this installation writes in the loop header of its own mail. */
    String loopMarker() {
        return instance.secret("mail.instance-id").substring(0, 16);
    }

    /**
     * The customer a new (unthreaded) mail will be filed for, recognised before the filing
     * transaction so that a wave of first-time senders does not hold customer rows locked while
     * large mails are stored. Threaded mail and bounces belong to their conversation's customer.
     */
    private Optional<Long> senderCustomer(ParsedMail mail, Verdict verdict, Optional<Long> threadedByHeaders) {
        if (verdict.bounce().isPresent() || threadedByHeaders.isPresent()) {
            return Optional.empty();
        }
        Sender sender = sender(mail);
        return Optional.of(customers.recognise(List.of(sender.contact()), sender.displayName()).id());
    }

    private MailReceipt file(RawMailSpool.Spooled spooled, ParsedMail mail, Verdict verdict, Set<String> ownAddresses,
                             Optional<Long> threadedByHeaders, Optional<Long> senderCustomer) {
        Optional<MailStore.KnownMail> sameBytes = store.byRaw(MailStore.INBOUND, spooled.sha256());
        if (sameBytes.isPresent()) {
            return duplicate(sameBytes.get());
        }
        String fingerprint = MailFingerprint.of(mail);
        Optional<MailStore.KnownMail> sameId = mail.messageId().isEmpty() ? Optional.empty()
            : store.inboundByRfcId(mail.messageId());
        if (sameId.isPresent() && fingerprint.equals(sameId.get().fingerprint())) {
            return duplicate(sameId.get());
        }
        Optional<Long> bouncedConversation = verdict.bounce().flatMap(this::recordBounce);
        Optional<Long> threaded = bouncedConversation.or(() -> threadedByHeaders);
        Sender sender = sender(mail);
        long customerId = threaded.flatMap(conversations::customerOf).or(() -> senderCustomer)
            .orElseGet(() -> customerOf(sender));
        Long conversationId = threaded.orElseGet(() -> byReference(mail, customerId, sender).orElse(null));
        MessageNature nature = nature(verdict, conversationId != null);
        if (nature == MessageNature.PERSON && sender.address() != null) {
            undeliverable.clear(sender.address());
        }
        Receipt receipt = intake.receive(new IncomingMessage(customerId, sender.name(), Channel.EMAIL,
            MailThreading.conversationSubject(mail.subject()), mail.text(), ExternalIds.of(mail, spooled.sha256(),
                sameId.isPresent()), conversationId, clock.instant(), nature, true));
        long mailId = store(spooled, mail, verdict, fingerprint, receipt);
        store.attachments(mailId, mail.attachments());
        store.participants(receipt.conversationId(), others(mail, sender, ownAddresses));
        if (!mail.problems().isEmpty()) {
            log.info("Mail {} filed with problems: {}", mailId, mail.problems());
        }
        return new MailReceipt(mailId, receipt.messageId(), receipt.conversationId(), false);
    }

    private long store(RawMailSpool.Spooled spooled, ParsedMail mail, Verdict verdict, String fingerprint, Receipt receipt) {
        MailNotes notes = MailNotes.of(mail, verdict);
        try (InputStream raw = spooled.open()) {
            return store.insert(new MailStore.NewMail(MailStore.INBOUND, receipt.messageId(), receipt.conversationId(),
                mail.messageId(), mail.inReplyTo(), mail.references(), spooled.sha256(), fingerprint, spooled.size(),
                mail.from(), mail.to(), mail.cc(), mail.subject(), mail.html(), notes.flags(), notes.text(),
                verdict.spam().score(), clock.instant()), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bounce marks each failed address undeliverable and the reply it is about as not delivered;
     * it is filed in that reply's conversation.
     */
    private Optional<Long> recordBounce(Bounce bounce) {
        String reasons = String.join("; ", bounce.recipients().stream()
            .map(recipient -> recipient.address() + ": " + recipient.status() + " " + recipient.diagnostic()).toList());
        bounce.recipients().stream().filter(FailedRecipient::permanent)
            .forEach(recipient -> undeliverable.mark(recipient.address(), recipient.status() + " " + recipient.diagnostic()));
        if (bounce.originalMessageId().isEmpty()) {
            return Optional.empty();
        }
        Optional<MailStore.KnownMail> original = store.outboundByRfcId(bounce.originalMessageId());
        original.filter(known -> known.messageId() != null && bounce.permanent())
            .ifPresent(known -> deliveries.bounced(known.messageId(), "Bounced: " + reasons));
        return original.map(MailStore.KnownMail::conversationId);
    }

    /** A reference in the subject or address is believed only when the sender is the conversation's customer or on it. */
    private Optional<Long> byReference(ParsedMail mail, long customerId, Sender sender) {
        return threading.byReference(mail).filter(conversationId ->
            conversations.customerOf(conversationId).map(owner -> owner == customerId).orElse(false)
                || store.participants(conversationId).stream().anyMatch(p -> p.normalized().equals(sender.address())));
    }

    private long customerOf(Sender sender) {
        return customers.identify(sender.contact(), sender.displayName(), null).id();
    }

    private static MessageNature nature(Verdict verdict, boolean threaded) {
        if (verdict.bounce().isPresent() || verdict.automatic().isPresent() || verdict.loop().isPresent()) {
            return MessageNature.AUTOMATIC;
        }
        // a reply in a known conversation is the customer's, whatever the spam score says
        return verdict.spam().isSpam() && !threaded ? MessageNature.SPAM : MessageNature.PERSON;
    }

    private MailReceipt duplicate(MailStore.KnownMail known) {
        return new MailReceipt(known.id(), known.messageId(), known.conversationId(), true);
    }

    /** Everyone on the mail but us and the sender: the Cc's of the conversation, each address once. */
    private static List<MailAddress> others(ParsedMail mail, Sender sender, Set<String> ownAddresses) {
        Map<String, MailAddress> byAddress = new LinkedHashMap<>();
        Stream.concat(mail.to().stream(), mail.cc().stream())
            .filter(address -> !address.address().isBlank() && address.address().contains("@"))
            .filter(address -> !ownAddresses.contains(address.normalized()) && !address.normalized().equals(sender.address()))
            .filter(address -> !address.normalized().contains("+c"))
            .forEach(address -> byAddress.putIfAbsent(address.normalized(), address));
        return byAddress.values().stream().limit(50).toList();
    }

    private static Sender sender(ParsedMail mail) {
        MailAddress from = mail.from();
        if (from == null || from.address().isBlank()) {
            return new Sender(null, "Unknown sender", ContactAddress.external("mail", "unknown-sender"));
        }
        String name = from.name().isBlank() ? from.address() : from.name();
        try {
            return new Sender(from.normalized(), name, ContactAddress.email(from.address()));
        } catch (IllegalArgumentException notAnEmailWeAccept) {
            // "root@localhost" and the like: still someone, recognised by what they wrote
            return new Sender(from.normalized(), name, ContactAddress.external("mail", from.normalized()));
        }
    }

    /** Who a mail is from, as a customer contact. */
    private record Sender(String address, String name, ContactAddress contact) {
        String displayName() {
            return address == null || name.equals(address) ? null : name;
        }
    }
}
