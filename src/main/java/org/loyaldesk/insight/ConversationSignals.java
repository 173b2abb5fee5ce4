package org.loyaldesk.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored reading of every conversation, for the conversation page, the dashboards and the models. */
@Service
@Transactional(readOnly = true)
public class ConversationSignals {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ConversationSignals(JdbcClient jdbc, LoyaldeskProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    public Optional<ConversationSignal> of(long conversationId) {
        return jdbc.sql("SELECT * FROM insight_conversation_signal WHERE conversation_id = ?").param(conversationId)
            .query(ConversationSignals::signal).optional();
    }

    public List<ConversationSignal> ofCustomer(long customerId) {
        return jdbc.sql("SELECT * FROM insight_conversation_signal WHERE customer_id = ? ORDER BY created_at")
            .param(customerId).query(ConversationSignals::signal).list();
    }

    /** Conversations started since then, spam left out, oldest first. */
    public List<ConversationSignal> since(Instant since) {
        return jdbc.sql("SELECT * FROM insight_conversation_signal WHERE created_at >= ? AND spam = FALSE "
                + "ORDER BY created_at, conversation_id").param(utc(since)).query(ConversationSignals::signal).list();
    }

    /** Conversations whose first-contact resolution can be decided now. */
    List<Long> fcrDue(Instant solvedBefore) {
        return jdbc.sql("SELECT conversation_id FROM insight_conversation_signal WHERE fcr = 'PENDING' "
                + "AND solved_at IS NOT NULL AND solved_at <= ?").param(utc(solvedBefore)).query(Long.class).list();
    }

    /** Conversations that name this one as the issue they come back about. */
    List<Long> followUpsOf(long conversationId) {
        return jdbc.sql("SELECT conversation_id FROM insight_conversation_signal WHERE previous_conversation_id = ?")
            .param(conversationId).query(Long.class).list();
    }

    LocalDate week(Instant at) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Transactional
    void save(ConversationSignal s, Instant now) {
        jdbc.sql("DELETE FROM insight_conversation_signal WHERE conversation_id = ?").param(s.conversationId()).update();
        EffortInputs in = s.inputs();
        jdbc.sql("""
                INSERT INTO insight_conversation_signal (conversation_id, customer_id, agent_id, team_id, channel,
                    contact_reason, product_sku, status, created_at, week, solved_at, spam, customer_messages,
                    agent_replies, peak, peak_message_id, end_feeling, end_from_survey, peak_end, max_anger, mood, effort,
                    d_contacts, d_repeat_contacts, d_channel_switches, d_transfers, d_waiting, d_reopenings,
                    d_asked_twice, fcr, fcr_reason, fcr_decided_at, first_response_minutes, resolution_minutes,
                    agent_tone, previous_conversation_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?)""")
            .params(s.conversationId(), s.customerId(), s.agentId(), s.teamId(), s.channel(), s.contactReason(),
                s.productSku(), s.status(), utc(s.createdAt()), week(s.createdAt()), utc(s.solvedAt()), s.spam(),
                s.customerMessages(), s.agentReplies(), s.peak(), s.peakMessageId(), s.endFeeling(), s.endFromSurvey(),
                s.peakEnd(), s.maxAnger(), s.mood().name(), s.effort(), in.get(EffortDriver.CONTACTS),
                in.get(EffortDriver.REPEAT_CONTACTS), in.get(EffortDriver.CHANNEL_SWITCHES),
                in.get(EffortDriver.TRANSFERS), in.get(EffortDriver.WAITING), in.get(EffortDriver.REOPENINGS),
                in.get(EffortDriver.ASKED_TWICE), s.fcr().name(), s.fcrReason(), utc(s.fcrDecidedAt()),
                s.firstResponseMinutes(), s.resolutionMinutes(), s.agentTone(), s.previousConversationId(), utc(now))
            .update();
    }

    /** After a new effort model: every stored effort is scored again from its drivers. */
    @Transactional
    int rescoreEffort(EffortModel model) {
        List<Map.Entry<Long, EffortInputs>> all = jdbc.sql("SELECT * FROM insight_conversation_signal")
            .query((rs, row) -> Map.entry(rs.getLong("conversation_id"), inputs(rs))).list();
        for (Map.Entry<Long, EffortInputs> row : all) {
            jdbc.sql("UPDATE insight_conversation_signal SET effort = ? WHERE conversation_id = ?")
                .params(model.score(row.getValue()).score(), row.getKey()).update();
        }
        return all.size();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static EffortInputs inputs(ResultSet rs) throws SQLException {
        Map<EffortDriver, Double> values = new EnumMap<>(EffortDriver.class);
        values.put(EffortDriver.CONTACTS, rs.getDouble("d_contacts"));
        values.put(EffortDriver.REPEAT_CONTACTS, rs.getDouble("d_repeat_contacts"));
        values.put(EffortDriver.CHANNEL_SWITCHES, rs.getDouble("d_channel_switches"));
        values.put(EffortDriver.TRANSFERS, rs.getDouble("d_transfers"));
        values.put(EffortDriver.WAITING, rs.getDouble("d_waiting"));
        values.put(EffortDriver.REOPENINGS, rs.getDouble("d_reopenings"));
        values.put(EffortDriver.ASKED_TWICE, rs.getDouble("d_asked_twice"));
        return new EffortInputs(values);
    }

    static ConversationSignal signal(ResultSet rs, int row) throws SQLException {
        return new ConversationSignal(rs.getLong("conversation_id"), rs.getLong("customer_id"), longOrNull(rs, "agent_id"),
            longOrNull(rs, "team_id"), rs.getString("channel"), rs.getString("contact_reason"),
            rs.getString("product_sku"), rs.getString("status"), instant(rs, "created_at"), instant(rs, "solved_at"),
            rs.getBoolean("spam"), rs.getInt("customer_messages"), rs.getInt("agent_replies"), doubleOrNull(rs, "peak"),
            longOrNull(rs, "peak_message_id"), doubleOrNull(rs, "end_feeling"), rs.getBoolean("end_from_survey"),
            doubleOrNull(rs, "peak_end"), rs.getDouble("max_anger"), Mood.valueOf(rs.getString("mood")),
            rs.getDouble("effort"), inputs(rs), FcrState.valueOf(rs.getString("fcr")), rs.getString("fcr_reason"),
            instant(rs, "fcr_decided_at"), doubleOrNull(rs, "first_response_minutes"),
            doubleOrNull(rs, "resolution_minutes"), doubleOrNull(rs, "agent_tone"),
            longOrNull(rs, "previous_conversation_id"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
