package org.loyaldesk.privacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.loyaldesk.conversation.AuthorType;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Language;
import org.loyaldesk.survey.SurveyKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything Loyaldesk holds about one customer, as one audience may see it. The parts only the team
 * sees ({@code loyalty}, a conversation's {@code handling}, a message's {@code rawMail}) are null in a
 * customer's export and left out of its JSON, so a customer's file does not even name them.
 */
public record CustomerData(long customerId, Audience audience, Instant exportedAt, Profile profile,
                           List<Contact> contacts, List<PlacedOrder> orders, List<Conversation> conversations,
                           List<Answer> surveyAnswers, @JsonInclude(JsonInclude.Include.NON_NULL) Loyalty loyalty) {

    public boolean forTeam() {
        return audience == Audience.TEAM;
    }

    /** @param name null when we never learnt it */
    public record Profile(String name, Language language, Instant since) {
    }

    public record Contact(ContactKind kind, String address) {

        public String code() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record PlacedOrder(String orderNumber, Instant orderedAt, BigDecimal total, String currency,
                              List<OrderLine> lines) {
    }

    public record OrderLine(String sku, String product, int quantity, BigDecimal amount) {
    }

    public record Conversation(long id, String subject, Channel channel, ConversationStatus status, Instant createdAt,
                               Instant solvedAt, List<Message> messages,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Handling handling) {
    }

    /**
     * One entry of a conversation: for the customer, what they wrote and our replies; for the team also
     * internal notes and hand-overs ({@code kind} note and transfer).
     *
     * @param rawMail where the team downloads the mail as it arrived or left, byte for byte (API path)
     */
    public record Message(long id, MessageKind kind, Channel channel, AuthorType authorType, String author,
                          Instant at, String text, @JsonInclude(JsonInclude.Include.NON_NULL) RawMail rawMail) {

        public String kindCode() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A reference to a stored mail rather than its bytes: a large attachment would swell the export. */
    public record RawMail(long mailId, String download) {
    }

    public record Answer(SurveyKind question, int score, String comment, Long conversationId, Instant answeredAt) {
    }

    /** How the team handled a conversation and what it read in it: for the team only. */
    public record Handling(Priority priority, String assignee, String team, String contactReason, List<String> tags,
                           boolean spam, boolean atRisk, String atRiskReason, Reading reading) {
    }

    /**
     * What Loyaldesk inferred from the customer's messages. Codes are lower case ({@code mood}: recovered,
     * unrecovered, calm; {@code firstContactResolution}: pending, yes, no).
     *
     * @param peak     the customer's most negative feeling, -1 .. 1, null without customer messages
     * @param maxAnger the angriest message, 0 .. 1
     * @param effort   the computed effort score on the CES scale
     */
    public record Reading(String mood, Double peak, double maxAnger, double effort, String firstContactResolution) {
    }

    /**
     * The churn risk Loyaldesk computed for the customer, with the features that raised it.
     *
     * @param churnRisk 0 .. 1, null when not computed yet
     * @param reasons   codes of the churn features ({@code recent-effort}, {@code open-issues}, ...)
     */
    public record Loyalty(Double churnRisk, List<String> reasons, Instant churnedAt) {
    }
}
