package org.loyaldesk.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.channel.InboundMessages;
import org.loyaldesk.conversation.AttachedFile;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.conversation.IncomingMessage;
import org.loyaldesk.conversation.MessageNature;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.conversation.ReplyAttachments;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.conversation.spi.ChannelDetails;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The customer's own conversations, and only theirs: every read and every action starts from the
 * signed-in customer, and a conversation of anyone else is reported as absent, never as forbidden,
 * so that ids cannot be probed.
 */
@Service
class MyConversations {

    private static final int LIST_LIMIT = 200;

    private final ConversationQueries queries;
    private final ConversationWork work;
    private final InboundMessages inbound;
    private final ReplyAttachments attachments;
    private final List<ChannelDetails> channels;
    private final ContactReasons reasons;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final PortalSettings settings;

    MyConversations(ConversationQueries queries, ConversationWork work, InboundMessages inbound,
                    ReplyAttachments attachments, List<ChannelDetails> channels, ContactReasons reasons, Clock clock,
                    JdbcClient jdbc, PortalSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.queries = queries;
        this.work = work;
        this.inbound = inbound;
        this.attachments = attachments;
        this.channels = channels;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** Newest first; without spam and without those merged into another (their messages are there). */
    List<ConversationSummary> list(PortalCustomer who) {
        List<ConversationSummary> mine = queries.ofCustomer(who.customerId(), LIST_LIMIT).stream()
            .filter(summary -> !summary.spam() && who.mayOpen(summary.id())).toList();
        Set<Long> merged = queries.mergedAway(mine.stream().map(ConversationSummary::id).toList());
        return mine.stream().filter(summary -> !merged.contains(summary.id())).toList();
    }

    /** Where a merged conversation went, when it is the customer's. */
    Optional<Long> mergedInto(PortalCustomer who, long id) {
        return own(who, id).map(ConversationDetail::mergedIntoId);
    }

    Optional<CustomerThread> thread(PortalCustomer who, long id) {
        return own(who, id).map(detail -> {
            List<TimelineEntry> shown = detail.timeline().stream().filter(TimelineEntry::isPublic).toList();
            List<Long> ids = shown.stream().map(TimelineEntry::id).toList();
            Map<Long, List<ChannelDetails.Attachment>> mailFiles = new HashMap<>();
            channels.forEach(channel -> channel.messages(id).forEach((messageId, about) -> {
                if (ids.contains(messageId) && !about.attachments().isEmpty()) {
                    mailFiles.put(messageId, about.attachments());
                }
            }));
            return new CustomerThread(detail.summary(), shown, attachments.ofMessages(ids), mailFiles);
        });
    }

    /** A file stored with one of the messages the customer can see in this conversation. */
    Optional<ReplyAttachments.StoredFile> file(PortalCustomer who, long conversationId, long fileId) {
        return thread(who, conversationId).flatMap(thread -> attachments.find(fileId)
            .filter(file -> thread.files().getOrDefault(file.messageId(), List.of()).contains(file)));
    }

    /** A file that came with one of the customer's own mails in this conversation. */
    Optional<ChannelDetails.Attachment> mailFile(PortalCustomer who, long conversationId, String key) {
        return thread(who, conversationId).flatMap(thread -> thread.mailFiles().values().stream().flatMap(List::stream)
            .filter(file -> file.key().equals(key)).findFirst());
    }

    /** Writes a file found by {@link #mailFile}: the channel that holds it checks once more that it is this conversation's. */
    void writeMailFile(long conversationId, String key, OutputStream out) throws IOException {
        for (ChannelDetails channel : channels) {
            if (channel.writeFile(conversationId, key, out)) {
                return;
            }
        }
        throw new NotTheirs(conversationId);
    }

    /** The customer's answer lands in the conversation as a portal message and wakes it up; returns where it went. */
    long reply(PortalCustomer who, long id, String text, List<AttachedFile> files) {
        CustomerThread thread = thread(who, id).orElseThrow(() -> new NotTheirs(id));
        checkPace(who);
        if (!who.fullAccess() && (thread.isClosed() || mergedInto(who, id).filter(target -> target != null).isPresent())) {
            // such an answer lands in another conversation (a new one, or the one this was merged into): not for a
            // link that opens this one conversation only
            throw new RuleViolationException("portal-sign-in-first", "A closed conversation needs a full sign-in");
        }
        Receipt receipt = inbound.acceptFromCustomer(new IncomingMessage(who.customerId(), who.name(), Channel.PORTAL,
            null, text, null, thread.summary().id(), clock.instant()), files);
        return receipt.conversationId();
    }

    void solve(PortalCustomer who, long id) {
        CustomerThread thread = thread(who, id).orElseThrow(() -> new NotTheirs(id));
        if (!thread.canBeSolved()) {
            throw new RuleViolationException("portal-already-solved", "This conversation is " + thread.summary().status().code());
        }
        work.changeStatus(id, ConversationStatus.SOLVED, null);
    }

    /** A new request always starts a conversation of its own: the customer chose to start one. */
    long start(PortalCustomer who, String reason, String subject, String text, List<AttachedFile> files) {
        checkPace(who);
        Receipt receipt = inbound.acceptFromCustomer(new IncomingMessage(who.customerId(), who.name(), Channel.PORTAL,
            subject, text, null, null, clock.instant(), MessageNature.PERSON, false), files);
        if (reason != null && reasons.codes().contains(reason)) {
            work.classify(receipt.conversationId(), reason);
        }
        return receipt.conversationId();
    }

    /**
     * A person writes a few messages an hour, not hundreds: a signed-in session (or a forwarded link) that does is
     * stopped before it fills the team's inbox and the database.
     */
    private void checkPace(PortalCustomer who) {
        long lastHour = jdbc.sql("SELECT COUNT(*) FROM conversation_message m JOIN conversation_conversation c "
                + "ON c.id = m.conversation_id WHERE c.customer_id = ? AND m.channel = 'PORTAL' AND m.kind = 'INBOUND' "
                + "AND m.created_at > ?")
            .params(who.customerId(), OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC))
            .query(Long.class).single();
        if (lastHour >= settings.messagesPerHour()) {
            throw new TooFast();
        }
    }

    /** The customer wrote more in the last hour than a person would. */
    static final class TooFast extends RuntimeException {
        TooFast() {
            super("Too many portal messages from this customer in the last hour");
        }
    }

    private Optional<ConversationDetail> own(PortalCustomer who, long id) {
        if (!who.mayOpen(id)) {
            return Optional.empty();
        }
        return queries.detail(id).filter(detail -> detail.summary().customerId() == who.customerId()
            && !detail.summary().spam());
    }

    /** Asked for a conversation that is not the customer's: answered as if it did not exist. */
    static final class NotTheirs extends RuntimeException {
        NotTheirs(long id) {
            super("No conversation " + id + " for this customer");
        }
    }
}
