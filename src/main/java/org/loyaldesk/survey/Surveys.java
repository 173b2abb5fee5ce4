package org.loyaldesk.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.ContactKind;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.text.TextAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inviting customers to answer and taking their answers. The invitation is stored before the mail
 * goes out, so that a link always leads somewhere; the mail goes out after that commit, outside the
 * transaction, so that a slow mail server holds no database connection.
 */
@Service
public class Surveys {

    private static final Logger log = LoggerFactory.getLogger(Surveys.class);

    private final JdbcClient jdbc;
    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final ObjectProvider<OutboundMail> mail;
    private final SurveyMail letters;
    private final SurveySecret secret;
    private final SurveyChoices settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TextAnalyzer analyzer;
    private final Clock clock;

    Surveys(JdbcClient jdbc, ConversationQueries conversations, CustomerDirectory customers,
            ObjectProvider<OutboundMail> mail, SurveyMail letters, SurveySecret secret, SurveyChoices settings,
            ApplicationEventPublisher events, TransactionTemplate transactions, TextAnalyzer analyzer, Clock clock) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.customers = customers;
        this.mail = mail;
        this.letters = letters;
        this.secret = secret;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** After solving: asks the one question, if the rules allow. Returns what was decided. */
    public SurveyRules.Decision invite(long conversationId) {
        Instant now = clock.instant();
        ConversationDetail detail = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        CustomerProfile customer = customers.profile(detail.summary().customerId()).orElseThrow();
        String address = customer.contacts().stream().filter(contact -> contact.kind() == ContactKind.EMAIL)
            .map(ContactAddress::value).findFirst().orElse(null);
        OutboundMail outbound = mail.getIfAvailable();
        boolean deliverable = address != null && (outbound == null || outbound.deliverable(address));
        SurveyRules.Decision decision = SurveyRules.decide(detail.summary().spam(), address, deliverable,
            lastAsked(customer.id(), null), invited(conversationId), settings.current().quietDays(), now);
        if (decision != SurveyRules.Decision.ASK) {
            log.debug("No survey for conversation {}: {}", conversationId, decision.code());
            return decision;
        }
        Language language = language(customer, detail);
        SurveyKind kind = settings.current().questionKind();
        long id = transactions.execute(status -> insert(conversationId, customer, kind, language, address, detail, now,
            "PENDING", null, null));
        String outcome = "NOT_CONFIGURED";
        if (outbound != null) {
            String token = secret.links().token(id, expires(now));
            outcome = outbound.send(letters.invitation(address, kind, language, token, customer.id(), conversationId)).name();
        }
        jdbc.sql("UPDATE survey_invitation SET outcome = ? WHERE id = ?").params(outcome, id).update();
        return decision;
    }

    /** What a link leads to: the invitation, or why the link does not work (then {@code invitation} is null). */
    public record Opened(SurveyLinks.Status status, Invitation invitation) {
    }

    public Opened open(String token) {
        SurveyLinks.Verdict checked = secret.links().verify(token, clock.instant());
        if (checked.status() != SurveyLinks.Status.VALID) {
            return new Opened(checked.status(), null);
        }
        return invitation(checked.invitationId()).map(found -> new Opened(SurveyLinks.Status.VALID, found))
            .orElse(new Opened(SurveyLinks.Status.TAMPERED, null));
    }

    /** Takes (or changes) an answer. The invitation comes from a verified link. */
    public Invitation answer(Invitation invitation, int score) {
        if (!invitation.kind().accepts(score)) {
            throw new RuleViolationException("survey-scale", "An answer to " + invitation.kind().code() + " is between "
                + invitation.kind().lowest() + " and " + invitation.kind().highest());
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE survey_invitation SET score = ?, answered_at = ? WHERE id = ?")
                .params(score, utc(clock.instant()), invitation.id()).update();
            events.publishEvent(new SurveyAnswered(invitation.id(), invitation.conversationId(),
                invitation.customerId(), invitation.kind().code(), score));
        });
        return invitation(invitation.id()).orElseThrow();
    }

    public Invitation comment(Invitation invitation, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        jdbc.sql("UPDATE survey_invitation SET comment = ? WHERE id = ?")
            .params(text.isEmpty() ? null : text, invitation.id()).update();
        return invitation(invitation.id()).orElseThrow();
    }

    /**
     * After the customer answered the question about their conversation: the NPS question on the
     * same page, if they were not asked it within the NPS period. Returns the token of its link.
     */
    public Optional<String> npsFollowUp(Invitation answered) {
        Instant now = clock.instant();
        if (answered.kind() == SurveyKind.NPS
            || !SurveyRules.npsDue(lastAsked(answered.customerId(), SurveyKind.NPS), settings.current().npsEveryDays(), now)) {
            return Optional.empty();
        }
        CustomerProfile customer = customers.profile(answered.customerId()).orElseThrow();
        long id = transactions.execute(status -> insert(null, customer, SurveyKind.NPS, answered.language(), null,
            null, now, "PAGE", null, null));
        return Optional.of(secret.links().token(id, expires(now)));
    }

    /**
     * The one-click effort question answered in the chat widget right after the chat. It answers the invitation
     * already sent for the conversation, if any, so that a customer asked in chat and by mail counts once.
     */
    public Invitation answerInChat(long conversationId, int score) {
        if (!SurveyKind.CES.accepts(score)) {
            throw new RuleViolationException("survey-scale", "An answer to ces is between " + SurveyKind.CES.lowest()
                + " and " + SurveyKind.CES.highest());
        }
        Optional<Invitation> sent = jdbc.sql("SELECT * FROM survey_invitation WHERE conversation_id = ? AND kind = 'CES' "
                + "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param(conversationId).query(Surveys::invitation).optional();
        if (sent.isPresent()) {
            return answer(sent.get(), score);
        }
        ConversationDetail detail = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        CustomerProfile customer = customers.profile(detail.summary().customerId()).orElseThrow();
        Language language = language(customer, detail);
        Instant now = clock.instant();
        long id = transactions.execute(status -> {
            long made = insert(conversationId, customer, SurveyKind.CES, language, null, detail, now, "CHAT", score, null);
            jdbc.sql("UPDATE survey_invitation SET answered_at = ? WHERE id = ?").params(utc(now), made).update();
            events.publishEvent(new SurveyAnswered(made, conversationId, customer.id(), SurveyKind.CES.code(), score));
            return made;
        });
        return invitation(id).orElseThrow();
    }

    /** An answer given before Loyaldesk (an earlier survey tool, the demo), as if it was answered here. */
    public long importAnswer(long conversationId, SurveyKind kind, int score, String comment, Instant answeredAt) {
        if (!kind.accepts(score)) {
            throw new IllegalArgumentException("Score " + score + " is not on the " + kind.code() + " scale");
        }
        ConversationDetail detail = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId));
        CustomerProfile customer = customers.profile(detail.summary().customerId()).orElseThrow();
        Language language = customer.language() == null ? Language.EN : customer.language();
        long id = insert(conversationId, customer, kind, language, null, detail, answeredAt, "IMPORTED", score, comment);
        jdbc.sql("UPDATE survey_invitation SET answered_at = ? WHERE id = ?").params(utc(answeredAt), id).update();
        events.publishEvent(new SurveyAnswered(id, conversationId, customer.id(), kind.code(), score));
        return id;
    }

    /** The invitations the customer was actually sent or shown, newest first: for the customer's own portal. */
    public List<Invitation> askedOf(long customerId, int limit) {
        return jdbc.sql("SELECT * FROM survey_invitation WHERE customer_id = ? AND outcome IN ('SENT', 'PAGE') "
                + "ORDER BY sent_at DESC, id DESC FETCH FIRST ? ROWS ONLY")
            .params(customerId, limit).query(Surveys::invitation).list();
    }

    /** A link for an invitation, e.g. to show in chat or the portal. */
    public String token(long invitationId) {
        Invitation invitation = invitation(invitationId).orElseThrow(() -> new NotFoundException("Invitation", invitationId));
        return secret.links().token(invitationId, invitation.expiresAt());
    }

    private long insert(Long conversationId, CustomerProfile customer, SurveyKind kind, Language language,
                        String address, ConversationDetail detail, Instant at, String outcome, Integer score,
                        String comment) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO survey_invitation (conversation_id, customer_id, kind, language, address, agent_id, team_id,
                    contact_reason, product_sku, sent_at, outcome, expires_at, score, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(conversationId, customer.id(), kind.name(), language.code(), address,
                detail == null ? null : detail.summary().assigneeId(), detail == null ? null : detail.summary().teamId(),
                detail == null ? null : detail.summary().contactReason(),
                detail == null ? null : product(customer, detail.summary().createdAt()), utc(at), outcome,
                utc(expires(at)), score, comment)
            .update(key, "id");
        return key.getKey().longValue();
    }

    /** The customer's language, else the language they wrote in, else English. */
    private Language language(CustomerProfile customer, ConversationDetail detail) {
        if (customer.language() != null) {
            return customer.language();
        }
        return detail.timeline().stream().filter(entry -> entry.kind() == MessageKind.INBOUND)
            .map(TimelineEntry::body).reduce((first, last) -> last)
            .flatMap(text -> analyzer.analyze(text, null).language().supported()).orElse(Language.EN);
    }

    private Optional<Invitation> invitation(long id) {
        return jdbc.sql("SELECT * FROM survey_invitation WHERE id = ?").param(id).query(Surveys::invitation).optional();
    }

    private Instant lastAsked(long customerId, SurveyKind kind) {
        return jdbc.sql("SELECT MAX(sent_at) FROM survey_invitation WHERE customer_id = ? AND outcome IN ('SENT', 'PAGE')"
                + (kind == null ? "" : " AND kind = '" + kind.name() + "'"))
            .param(customerId).query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional()
            .map(OffsetDateTime::toInstant).orElse(null);
    }

    private boolean invited(long conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE conversation_id = ?").param(conversationId)
            .query(Long.class).single() > 0;
    }

    private Instant expires(Instant from) {
        return from.plus(Duration.ofDays(settings.current().linkValidDays()));
    }

    private static String product(CustomerProfile customer, Instant openedAt) {
        return customer.orders().stream().filter(order -> !order.orderedAt().isAfter(openedAt))
            .max(Comparator.comparing(CustomerProfile.OrderView::orderedAt))
            .flatMap(order -> order.lines().stream().max(Comparator.comparing(CustomerProfile.OrderLineView::amount)))
            .map(CustomerProfile.OrderLineView::sku).orElse(null);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        int score = rs.getInt("score");
        Integer answered = rs.wasNull() ? null : score;
        long conversation = rs.getLong("conversation_id");
        return new Invitation(rs.getLong("id"), rs.wasNull() ? null : conversation, rs.getLong("customer_id"),
            SurveyKind.valueOf(rs.getString("kind")), Language.of(rs.getString("language")),
            rs.getObject("expires_at", OffsetDateTime.class).toInstant(), answered, rs.getString("comment"),
            rs.getString("outcome"));
    }
}
