package org.loyaldesk.privacy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.channel.email.MailFiles;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.ConversationSignals;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.privacy.CustomerData.Answer;
import org.loyaldesk.privacy.CustomerData.Contact;
import org.loyaldesk.privacy.CustomerData.Conversation;
import org.loyaldesk.privacy.CustomerData.Handling;
import org.loyaldesk.privacy.CustomerData.Loyalty;
import org.loyaldesk.privacy.CustomerData.Message;
import org.loyaldesk.privacy.CustomerData.OrderLine;
import org.loyaldesk.privacy.CustomerData.PlacedOrder;
import org.loyaldesk.privacy.CustomerData.Profile;
import org.loyaldesk.privacy.CustomerData.RawMail;
import org.loyaldesk.privacy.CustomerData.Reading;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a customer's data from the modules that hold it, through their public reads, and records
 * in the audit log that it was handed out (who, whose, for which audience; never the data itself).
 */
@Service
public class CustomerDataExport {

    // an export is complete, not a page; far beyond any real customer's history
    private static final int ALL_CONVERSATIONS = 100_000;
    // a merged record points at its survivor; a chain is short, a loop must not hang the export
    private static final int MAX_MERGE_HOPS = 10;

    private final CustomerDirectory customers;
    private final ConversationQueries conversations;
    private final SurveyResults surveys;
    private final ConversationSignals signals;
    private final ChurnRisks churn;
    private final MailFiles mails;
    private final AuditLog audit;
    private final Clock clock;

    CustomerDataExport(CustomerDirectory customers, ConversationQueries conversations, SurveyResults surveys,
                       ConversationSignals signals, ChurnRisks churn, MailFiles mails, AuditLog audit, Clock clock) {
        this.customers = customers;
        this.conversations = conversations;
        this.surveys = surveys;
        this.signals = signals;
        this.churn = churn;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything about the customer this audience may see. A customer merged into another is the same
     * person: their data lives with the survivor, so that record is exported.
     *
     * @throws NotFoundException when there is no such customer
     */
    @Transactional
    public CustomerData export(long customerId, Audience audience) {
        CustomerProfile profile = survivor(customerId);
        boolean team = audience == Audience.TEAM;
        // for the customer: spam is not their data and its judgement is ours; a conversation merged into
        // another has handed its messages to that one, which they get instead
        List<Conversation> held = conversations.ofCustomer(profile.id(), ALL_CONVERSATIONS).stream()
            .filter(summary -> team || !summary.spam())
            .sorted(Comparator.comparing(ConversationSummary::createdAt).thenComparing(ConversationSummary::id))
            .flatMap(summary -> conversations.detail(summary.id()).stream())
            .filter(detail -> team || detail.mergedIntoId() == null)
            .map(detail -> conversation(detail, audience))
            .toList();
        CustomerData data = new CustomerData(profile.id(), audience, clock.instant(),
            new Profile(profile.name(), profile.language(), profile.since()),
            profile.contacts().stream().map(contact -> new Contact(contact.kind(), contact.value())).toList(),
            orders(profile), held, answers(profile.id()), team ? loyalty(profile.id()) : null);
        audit.record("customer.data-exported", "customer", profile.id(),
            "for " + audience.name().toLowerCase(Locale.ROOT) + ": " + held.size() + " conversations");
        return data;
    }

    private CustomerProfile survivor(long customerId) {
        CustomerProfile profile = customers.profile(customerId)
            .orElseThrow(() -> new NotFoundException("Customer", customerId));
        for (int hop = 0; profile.mergedIntoId() != null && hop < MAX_MERGE_HOPS; hop++) {
            long next = profile.mergedIntoId();
            profile = customers.profile(next).orElseThrow(() -> new NotFoundException("Customer", next));
        }
        return profile;
    }

    private Conversation conversation(ConversationDetail detail, Audience audience) {
        ConversationSummary summary = detail.summary();
        List<Message> messages = detail.timeline().stream()
            .filter(entry -> MessagesShown.to(audience).test(entry))
            .map(entry -> message(entry, audience))
            .toList();
        return new Conversation(summary.id(), summary.subject(), summary.channel(), summary.status(),
            summary.createdAt(), detail.solvedAt(), messages, audience == Audience.TEAM ? handling(summary) : null);
    }

    private Message message(TimelineEntry entry, Audience audience) {
        RawMail raw = null;
        if (audience == Audience.TEAM && entry.channel() == Channel.EMAIL && entry.isPublic()) {
            raw = mails.mailOfMessage(entry.id())
                .map(mailId -> new RawMail(mailId, "/api/v1/messages/" + entry.id() + "/raw")).orElse(null);
        }
        return new Message(entry.id(), entry.kind(), entry.channel(), entry.authorType(), entry.authorName(),
            entry.createdAt(), entry.body(), raw);
    }

    private Handling handling(ConversationSummary summary) {
        Reading reading = signals.of(summary.id())
            .map(signal -> new Reading(signal.mood().code(), signal.peak(), signal.maxAnger(), signal.effort(),
                signal.fcr().code()))
            .orElse(null);
        return new Handling(summary.priority(), summary.assigneeName(), summary.teamName(), summary.contactReason(),
            summary.tags(), summary.spam(), summary.atRisk(), summary.atRiskReason(), reading);
    }

    private static List<PlacedOrder> orders(CustomerProfile profile) {
        return profile.orders().stream()
            .map(order -> new PlacedOrder(order.orderNumber(), order.orderedAt(), order.total(), order.currency(),
                order.lines().stream()
                    .map(line -> new OrderLine(line.sku(), line.product(), line.quantity(), line.amount()))
                    .toList()))
            .toList();
    }

    private List<Answer> answers(long customerId) {
        return surveys.ofCustomer(customerId).stream()
            .map(answer -> new Answer(answer.kind(), answer.score(), answer.comment(), answer.conversationId(),
                answer.answeredAt()))
            .toList();
    }

    private Loyalty loyalty(long customerId) {
        return churn.of(customerId)
            .map(risk -> new Loyalty(risk.risk(),
                risk.reasons().stream().map(reason -> reason.feature().code()).toList(), risk.churnedAt()))
            .orElse(null);
    }
}
