package org.loyaldesk.conversation;

import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.loyaldesk.platform.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due time of each conversation, which the inbox shows and sorts on. The conversation module keeps the column
 * (so the inbox reads it with its own index and keyset) but does not decide it: whoever owns the service-level
 * targets (the automation module) reads the clocks here in batches and writes the due times back.
 * The aggregate does not map the column, so saving a conversation never overwrites a due time.
 */
@Component
public class ConversationDueTimes {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ConversationDueTimes(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Active conversations by ascending id, a page at a time. */
    @Transactional(readOnly = true)
    public List<Long> activeAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM conversation_conversation WHERE active = TRUE AND id > ? ORDER BY id "
            + "FETCH FIRST ? ROWS ONLY").params(afterId, limit).query(Long.class).list();
    }

    /** The clocks of these conversations, in one query; missing ids are left out. */
    @Transactional(readOnly = true)
    public List<ConversationClock> clocks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, subject, status, active, spam, priority, channel, team_id, assignee_id, contact_reason,
                       created_at, first_response_at, awaiting_reply_since
                FROM conversation_conversation WHERE id IN (:ids)""")
            .param("ids", ids)
            .query((rs, n) -> new ConversationClock(rs.getLong("id"), rs.getString("subject"),
                ConversationStatus.valueOf(rs.getString("status")), rs.getBoolean("active"), rs.getBoolean("spam"),
                Priority.ofRank(rs.getInt("priority")), Channel.valueOf(rs.getString("channel")),
                ConversationQueries.nullableLong(rs, "team_id"), ConversationQueries.nullableLong(rs, "assignee_id"),
                rs.getString("contact_reason"), ConversationQueries.instant(rs, "created_at"),
                ConversationQueries.instant(rs, "first_response_at"),
                ConversationQueries.instant(rs, "awaiting_reply_since")))
            .list();
    }

    /** Sets the due times (null: none, or paused) in one batch. */
    @Transactional
    public void record(Map<Long, Instant> dueTimes) {
        if (dueTimes.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(dueTimes.size());
        dueTimes.forEach((id, due) -> rows.add(new Object[] { due == null ? null : due.atOffset(ZoneOffset.UTC), id }));
        batch.batchUpdate("UPDATE conversation_conversation SET due_at = ? WHERE id = ?", rows,
            new int[] { Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
    }
}
