package org.loyaldesk.privacy;

import java.util.List;
import java.util.Set;

import org.loyaldesk.channel.email.MailErasure;
import org.loyaldesk.conversation.ConversationErasure;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerErasure;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.insight.InsightErasure;
import org.loyaldesk.knowledge.VisitorErasure;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.survey.SurveyErasure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a customer (GDPR right to erasure) in one transaction: each module that holds personal data
 * forgets its part through a small public method, and the search index follows the conversations'
 * {@code ConversationErased} events after the commit. What dashboards count stays, without a name.
 */
@Service
public class CustomerErasing {

    // the workflow of a conversation (status, replies by message id, tags) names no one; other details may
    private static final Set<String> CONVERSATION_ENTRIES_KEPT = Set.of("conversation.replied", "conversation.noted",
        "conversation.status", "conversation.priority", "conversation.transferred", "conversation.merged",
        "conversation.split", "conversation.recovery", "conversation.reason", "conversation.spam",
        "conversation.not-spam", "conversation.tagged", "conversation.untagged");
    private static final Set<String> CUSTOMER_ENTRIES_KEPT = Set.of("customer.erased", "customer.merged",
        "customer.data-exported");
    private static final int MAX_MERGE_HOPS = 10;

    private final CustomerDirectory customers;
    private final CustomerErasure customerErasure;
    private final ConversationErasure conversationErasure;
    private final MailErasure mailErasure;
    private final SurveyErasure surveyErasure;
    private final InsightErasure insightErasure;
    private final VisitorErasure visitorErasure;
    private final List<ErasedTraces> traces;
    private final AuditLog audit;

    CustomerErasing(CustomerDirectory customers, CustomerErasure customerErasure,
                    ConversationErasure conversationErasure, MailErasure mailErasure, SurveyErasure surveyErasure,
                    InsightErasure insightErasure, VisitorErasure visitorErasure, List<ErasedTraces> traces,
                    AuditLog audit) {
        this.customers = customers;
        this.customerErasure = customerErasure;
        this.conversationErasure = conversationErasure;
        this.mailErasure = mailErasure;
        this.surveyErasure = surveyErasure;
        this.insightErasure = insightErasure;
        this.visitorErasure = visitorErasure;
        this.traces = traces;
        this.audit = audit;
    }

    /**
     * Erases the customer and every record merged with them (one person, as in the export). Erasing
     * again finds nothing more to remove and is recorded again.
     *
     * @throws NotFoundException when there is no such customer
     */
    @Transactional
    public Erasure erase(long customerId) {
        List<Long> person = customerErasure.samePerson(survivor(customerId));
        CustomerErasure.Forgotten forgotten = customerErasure.forget(person);
        List<Long> conversations = conversationErasure.ofCustomers(person);
        ConversationErasure.Erased erased = conversationErasure.erase(conversations);
        int mails = mailErasure.erase(conversations, forgotten.addresses());
        int comments = surveyErasure.forgetCustomers(person);
        surveyErasure.forgetConversations(conversations);
        insightErasure.forgetCustomers(person);
        insightErasure.forgetConversations(conversations);
        visitorErasure.forgetCustomers(person);
        int links = traces.stream().mapToInt(holder -> holder.forget(person, forgotten.addresses())).sum();
        audit.redact("customer", person, CUSTOMER_ENTRIES_KEPT, ConversationErasure.ERASED);
        audit.redact("conversation", conversations, CONVERSATION_ENTRIES_KEPT, ConversationErasure.ERASED);
        Erasure erasure = new Erasure(customerId, forgotten.addresses().size(), erased.conversations(),
            erased.messages(), erased.attachments(), mails, forgotten.orders(), comments, links);
        audit.record("customer.erased", "customer", customerId, erasure.summary());
        return erasure;
    }

    /**
     * Erases the texts, mail and attachments of these conversations, not their customer (the retention
     * period). Returns how many conversations.
     */
    @Transactional
    public int eraseConversations(List<Long> conversationIds) {
        ConversationErasure.Erased erased = conversationErasure.erase(conversationIds);
        int mails = mailErasure.erase(conversationIds, List.of());
        surveyErasure.forgetConversations(conversationIds);
        insightErasure.forgetConversations(conversationIds);
        traces.forEach(holder -> holder.forgetConversations(conversationIds));
        audit.redact("conversation", conversationIds, CONVERSATION_ENTRIES_KEPT, ConversationErasure.ERASED);
        audit.record("conversations.retention-erased", "conversation", null, erased.conversations()
            + " conversations, " + erased.messages() + " messages, " + erased.attachments() + " attachments, " + mails
            + " mails");
        return erased.conversations();
    }

    private long survivor(long customerId) {
        CustomerProfile profile = customers.profile(customerId)
            .orElseThrow(() -> new NotFoundException("Customer", customerId));
        for (int hop = 0; profile.mergedIntoId() != null && hop < MAX_MERGE_HOPS; hop++) {
            long next = profile.mergedIntoId();
            profile = customers.profile(next).orElseThrow(() -> new NotFoundException("Customer", next));
        }
        return profile.id();
    }
}
