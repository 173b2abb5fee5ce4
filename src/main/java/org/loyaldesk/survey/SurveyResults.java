package org.loyaldesk.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answers customers gave, for whoever reads them (the conversation panel, the dashboards, calibration). */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    private static final String COLUMNS = """
        id, conversation_id, customer_id, kind, score, comment, agent_id, team_id, contact_reason, product_sku, answered_at""";

    private final JdbcClient jdbc;

    SurveyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer about this conversation (CES or CSAT), if the customer gave one. */
    public Optional<SurveyAnswer> forConversation(long conversationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE conversation_id = ? AND kind <> 'NPS' "
                + "AND answered_at IS NOT NULL ORDER BY answered_at DESC FETCH FIRST 1 ROWS ONLY")
            .param(conversationId).query(SurveyResults::answer).optional();
    }

    /** Every answer given since then, oldest first. */
    public List<SurveyAnswer> since(Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE answered_at >= ? ORDER BY answered_at")
            .param(OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC)).query(SurveyResults::answer).list();
    }

    public List<SurveyAnswer> ofCustomer(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE customer_id = ? AND answered_at IS NOT NULL "
                + "ORDER BY answered_at").param(customerId).query(SurveyResults::answer).list();
    }

    /** How many invitations went out since then, answered or not: the base of the response rate. */
    public long invitedSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE sent_at >= ? AND outcome = 'SENT'")
            .param(OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC)).query(Long.class).single();
    }

    public long answerCount() {
        return jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE answered_at IS NOT NULL").query(Long.class).single();
    }

    private static SurveyAnswer answer(ResultSet rs, int row) throws SQLException {
        return new SurveyAnswer(rs.getLong("id"), nullableLong(rs, "conversation_id"), rs.getLong("customer_id"),
            SurveyKind.valueOf(rs.getString("kind")), rs.getInt("score"), rs.getString("comment"),
            nullableLong(rs, "agent_id"), nullableLong(rs, "team_id"), rs.getString("contact_reason"),
            rs.getString("product_sku"), rs.getObject("answered_at", OffsetDateTime.class).toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
