package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording service recovery, so that its effect on later orders and churn can be measured. */
@Service
@Transactional
public class RecoveryActions {

    private final JdbcClient jdbc;
    private final ConversationQueries conversations;
    private final AuditLog audit;
    private final Clock clock;

    RecoveryActions(JdbcClient jdbc, ConversationQueries conversations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
    }

    public RecoveryAction record(long conversationId, RecoveryKind kind, BigDecimal amount, String link, String note) {
        return record(conversationId, kind, amount, link, note, clock.instant());
    }

    /** With its own moment, for actions taken before Loyaldesk (an import, the demo). */
    public RecoveryAction record(long conversationId, RecoveryKind kind, BigDecimal amount, String link, String note,
                                 Instant at) {
        long customerId = conversations.detail(conversationId)
            .orElseThrow(() -> new NotFoundException("Conversation", conversationId)).summary().customerId();
        check(kind, amount, link, note);
        Actor actor = CurrentActor.get();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO insight_recovery_action (conversation_id, customer_id, kind, amount, link, note, agent_id, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(conversationId, customerId, kind.name(), kind.needsAmount() ? amount : null, blankToNull(link),
                blankToNull(note), actor.isAgent() ? actor.id() : null, ConversationSignals.utc(at))
            .update(key, "id");
        audit.record(actor, "conversation.recovery", "conversation", conversationId,
            kind.code() + (amount != null && kind.needsAmount() ? " " + amount : ""));
        return new RecoveryAction(key.getKey().longValue(), conversationId, customerId, kind,
            kind.needsAmount() ? amount : null, blankToNull(link), blankToNull(note),
            actor.isAgent() ? actor.id() : null, at);
    }

    @Transactional(readOnly = true)
    public List<RecoveryAction> of(long conversationId) {
        return jdbc.sql("SELECT * FROM insight_recovery_action WHERE conversation_id = ? ORDER BY at, id")
            .param(conversationId).query(RecoveryActions::action).list();
    }

    @Transactional(readOnly = true)
    public List<RecoveryAction> all() {
        return jdbc.sql("SELECT * FROM insight_recovery_action ORDER BY at, id").query(RecoveryActions::action).list();
    }

    /** A credit or discount has an amount above zero; proof of improvement links to the fix. */
    static void check(RecoveryKind kind, BigDecimal amount, String link, String note) {
        if (kind.needsAmount() && (amount == null || amount.signum() <= 0 || amount.scale() > 2
            || amount.compareTo(new BigDecimal("1000000")) >= 0)) {
            throw new IllegalArgumentException("A " + kind.code() + " needs an amount above 0 with at most two decimals");
        }
        if (kind == RecoveryKind.PROOF_OF_IMPROVEMENT) {
            if (link == null || link.isBlank()) {
                throw new IllegalArgumentException("Proof of improvement needs a link to the fix");
            }
            URI uri;
            try {
                uri = URI.create(link.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The link to the fix is not a valid address");
            }
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || link.length() > 2000) {
                throw new IllegalArgumentException("The link to the fix must be an http(s) address");
            }
        }
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("A note is at most 1000 characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static RecoveryAction action(ResultSet rs, int row) throws SQLException {
        return new RecoveryAction(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("customer_id"),
            RecoveryKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getString("link"),
            rs.getString("note"), ConversationSignals.longOrNull(rs, "agent_id"),
            rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
