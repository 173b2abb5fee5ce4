package org.loyaldesk.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.Cursor;
import org.loyaldesk.platform.KeysetPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the workspace and the API. The inbox is read with a keyset on (priority,
 * queue_since, id), the order of its indexes, so every page costs the same at 100 rows or
 * 10 million; names of customers, agents, teams and tags are fetched per page, not per row.
 */
@Service
@Transactional(readOnly = true)
public class ConversationQueries {

    private static final String COLUMNS = """
        c.id, c.subject, c.customer_id, c.channel, c.status, c.priority, c.assignee_id, c.team_id, c.contact_reason,
        c.created_at, c.updated_at, c.queue_since, c.awaiting_reply_since, c.message_count, c.spam, c.at_risk,
        c.at_risk_reason, c.version, c.due_at""";

    private final JdbcClient jdbc;
    private final ConversationTags tags;
    private final CustomerDirectory customers;
    private final AgentDirectory directory;

    ConversationQueries(JdbcClient jdbc, ConversationTags tags, CustomerDirectory customers, AgentDirectory directory) {
        this.jdbc = jdbc;
        this.tags = tags;
        this.customers = customers;
        this.directory = directory;
    }

    public KeysetPage<ConversationSummary> inbox(InboxQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM conversation_conversation c WHERE ");
        Map<String, Object> params = new HashMap<>();
        String fixed;
        if (query.view() == InboxView.SPAM) {
            sql.append("c.spam = TRUE");
            fixed = "c.spam";
        } else if (query.status() == null) {
            sql.append("c.active = TRUE");
            fixed = "c.active";
        } else {
            sql.append("c.status = :status AND c.spam = FALSE");
            params.put("status", query.status().name());
            fixed = "c.status";
        }
        switch (query.view()) {
            case MINE -> {
                sql.append(" AND c.assignee_id = :agent");
                params.put("agent", query.agentId());
                fixed = query.status() == null ? "c.assignee_id, c.active" : fixed;
            }
            case UNASSIGNED -> {
                sql.append(" AND c.assignee_id IS NULL");
                fixed = query.status() == null ? "c.assignee_id, c.active" : fixed;
            }
            case TEAM -> {
                sql.append(query.teamId() == null ? " AND 1 = 0" : " AND c.team_id = :team");
                params.put("team", query.teamId());
                fixed = query.status() == null ? "c.team_id, c.active" : fixed;
            }
            case AT_RISK -> {
                sql.append(" AND c.at_risk = TRUE");
                fixed = query.status() == null ? "c.at_risk, c.active" : fixed;
            }
            case ALL, SPAM -> { }
        }
        if (query.channel() != null) {
            sql.append(" AND c.channel = :channel");
            params.put("channel", query.channel().name());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            sql.append(" AND EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = c.id AND t.tag = :tag)");
            params.put("tag", ConversationTags.normalise(query.tag()));
        }
        if (query.customerId() != null) {
            sql.append(" AND c.customer_id = :customer");
            params.put("customer", query.customerId());
        }
        boolean byDue = query.sort() == InboxSort.DUE;
        if (byDue && query.cursor() != null && !query.cursor().isBlank()) {
            afterDue(query.cursor(), sql, params);
        } else if (query.cursor() != null && !query.cursor().isBlank()) {
            List<String> keys = Cursor.decode(query.cursor(), 3);
            sql.append(" AND (c.priority, c.queue_since, c.id) > (:afterPriority, :afterQueue, :afterId)");
            params.put("afterPriority", Integer.parseInt(keys.get(0)));
            params.put("afterQueue", OffsetDateTime.parse(keys.get(1)));
            params.put("afterId", Long.parseLong(keys.get(2)));
        }
        // The columns the WHERE fixes lead the ORDER BY, so it names the view's index from its first
        // column: H2 then reads the index in order and stops after one page, instead of sorting the
        // whole view (30,000 rows in the benchmark). The order itself is unchanged.
        sql.append(" ORDER BY ").append(fixed).append(byDue ? ", c.due_at NULLS LAST, c.id" : ", c.priority, c.queue_since, c.id")
            .append(" FETCH FIRST :limit ROWS ONLY");
        params.put("limit", query.limit() + 1);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(ConversationQueries::row).list();
        boolean more = rows.size() > query.limit();
        List<Row> page = more ? rows.subList(0, query.limit()) : rows;
        String next = null;
        if (more) {
            Row last = page.getLast();
            next = byDue ? Cursor.encode(last.dueAt == null ? "" : last.dueAt.atOffset(ZoneOffset.UTC), last.id)
                : Cursor.encode(last.priority, last.queueSince.atOffset(ZoneOffset.UTC), last.id);
        }
        return new KeysetPage<>(summaries(page), next);
    }

    /**
     * After the last row of a page sorted by due time: later due times, the same due time with a higher id, then the
     * conversations without a due time (they come last).
     */
    private static void afterDue(String cursor, StringBuilder sql, Map<String, Object> params) {
        List<String> keys = Cursor.decode(cursor, 2);
        try {
            params.put("afterId", Long.parseLong(keys.get(1)));
            if (keys.get(0).isEmpty()) {
                sql.append(" AND c.due_at IS NULL AND c.id > :afterId");
            } else {
                params.put("afterDue", OffsetDateTime.parse(keys.get(0)));
                sql.append(" AND (c.due_at > :afterDue OR (c.due_at = :afterDue AND c.id > :afterId) OR c.due_at IS NULL)");
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The cursor is not valid; use the 'next' value of a previous page as it is");
        }
    }

    /** How many active conversations each view holds, for the sidebar. */
    public Map<InboxView, Long> counts(Long agentId, Long teamId) {
        Map<InboxView, Long> counts = new EnumMap<>(InboxView.class);
        counts.put(InboxView.ALL, count("c.active = TRUE", Map.of()));
        counts.put(InboxView.UNASSIGNED, count("c.active = TRUE AND c.assignee_id IS NULL", Map.of()));
        counts.put(InboxView.MINE, agentId == null ? 0L
            : count("c.assignee_id = :agent AND c.active = TRUE", Map.of("agent", agentId)));
        counts.put(InboxView.TEAM, teamId == null ? 0L
            : count("c.team_id = :team AND c.active = TRUE", Map.of("team", teamId)));
        counts.put(InboxView.AT_RISK, count("c.at_risk = TRUE AND c.active = TRUE", Map.of()));
        counts.put(InboxView.SPAM, count("c.spam = TRUE", Map.of()));
        return counts;
    }

    public Optional<ConversationDetail> detail(long id) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + ", c.first_response_at, c.solved_at, c.reopen_count, "
                + "c.previous_conversation_id, c.merged_into_id FROM conversation_conversation c WHERE c.id = ?")
            .param(id).query((rs, n) -> {
                Row row = row(rs, n);
                row.firstResponseAt = instant(rs, "first_response_at");
                row.solvedAt = instant(rs, "solved_at");
                row.reopenCount = rs.getInt("reopen_count");
                long previous = rs.getLong("previous_conversation_id");
                row.previousId = rs.wasNull() ? null : previous;
                row.mergedIntoId = nullableLong(rs, "merged_into_id");
                return row;
            }).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.getFirst();
        return Optional.of(new ConversationDetail(summaries(rows).getFirst(), row.firstResponseAt, row.solvedAt,
            row.reopenCount, row.previousId, timeline(id), row.mergedIntoId));
    }

    /** One conversation as an inbox row, without its timeline: for automation that reads many. */
    public Optional<ConversationSummary> summary(long id) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM conversation_conversation c WHERE c.id = ?")
            .param(id).query(ConversationQueries::row).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(summaries(rows).getFirst());
    }

    /** The newest conversations first, as ids: for trying a rule on recent work. */
    public List<Long> latest(int limit) {
        return jdbc.sql("SELECT id FROM conversation_conversation WHERE merged_into_id IS NULL ORDER BY created_at DESC, id DESC "
                + "FETCH FIRST ? ROWS ONLY").param(limit).query(Long.class).list();
    }

    /**
     * Conversations in {@code status} since before {@code before} (pending since a reply three days ago, say), with
     * that moment, in ascending id order a page at a time: for rules that act on time.
     */
    public List<InStatus> inStatusSince(ConversationStatus status, Instant before, long afterId, int limit) {
        return jdbc.sql("""
                SELECT id, queue_since FROM conversation_conversation
                WHERE status = ? AND queue_since <= ? AND merged_into_id IS NULL AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY""")
            .params(status.name(), before.atOffset(ZoneOffset.UTC), afterId, limit)
            .query((rs, n) -> new InStatus(rs.getLong("id"), instant(rs, "queue_since"))).list();
    }

    /** A conversation and since when it is in its status. */
    public record InStatus(long conversationId, Instant since) {
    }

    /** One timeline entry, without reading the rest of its conversation. */
    public Optional<TimelineEntry> entry(long messageId) {
        return jdbc.sql("""
                SELECT id, kind, channel, author_type, author_id, author_name, body, created_at, delivery_status,
                       delivery_attempts, delivery_error, automatic, to_everyone
                FROM conversation_message WHERE id = ?""")
            .param(messageId)
            .query((rs, n) -> new TimelineEntry(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), AuthorType.valueOf(rs.getString("author_type")),
                nullableLong(rs, "author_id"), rs.getString("author_name"), rs.getString("body"),
                instant(rs, "created_at"), DeliveryStatus.valueOf(rs.getString("delivery_status")),
                rs.getInt("delivery_attempts"), rs.getString("delivery_error"), rs.getBoolean("automatic"),
                rs.getBoolean("to_everyone"), null))
            .optional();
    }

    /** Whose conversation this is: a light read for channels that thread a message into it. */
    public Optional<Long> customerOf(long conversationId) {
        return jdbc.sql("SELECT customer_id FROM conversation_conversation WHERE id = ?").param(conversationId)
            .query(Long.class).optional();
    }

    /** The customer's conversations, newest first: their history beside the one being worked. */
    public List<ConversationSummary> ofCustomer(long customerId, int limit) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM conversation_conversation c WHERE c.customer_id = ? "
                + "ORDER BY c.updated_at DESC FETCH FIRST ? ROWS ONLY")
            .params(customerId, limit).query(ConversationQueries::row).list();
        return summaries(rows);
    }

    /** Which of these conversations were merged into another: they live on in that one's timeline. */
    public Set<Long> mergedAway(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM conversation_conversation WHERE id IN (:ids) AND merged_into_id IS NOT NULL")
            .param("ids", ids).query(Long.class).list());
    }

    /** Conversation ids in ascending order, a page at a time: for rebuilding what is derived from all of them. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM conversation_conversation WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")
            .params(afterId, limit).query(Long.class).list();
    }

    /** Conversations changed at or after {@code since}, in ascending id order, a page at a time. */
    public List<Long> idsUpdatedSince(Instant since, long afterId, int limit) {
        return jdbc.sql("SELECT id FROM conversation_conversation WHERE updated_at >= ? AND id > ? ORDER BY id "
                + "FETCH FIRST ? ROWS ONLY")
            .params(since.atOffset(ZoneOffset.UTC), afterId, limit).query(Long.class).list();
    }

    public List<String> tagsInUse() {
        return tags.inUse(50);
    }

    private List<TimelineEntry> timeline(long conversationId) {
        Map<Long, String> agents = directory.agentNames();
        Map<Long, String> teams = directory.teamNames();
        Map<Long, TimelineEntry.Transfer> transfers = new HashMap<>();
        jdbc.sql("SELECT * FROM conversation_transfer WHERE conversation_id = ?").param(conversationId)
            .query((rs, n) -> {
                Long fromAgent = nullableLong(rs, "from_agent_id");
                Long fromTeam = nullableLong(rs, "from_team_id");
                Long toAgent = nullableLong(rs, "to_agent_id");
                Long toTeam = nullableLong(rs, "to_team_id");
                return transfers.put(rs.getLong("message_id"), new TimelineEntry.Transfer(fromAgent, agents.get(fromAgent),
                    fromTeam, teams.get(fromTeam), toAgent, agents.get(toAgent), toTeam, teams.get(toTeam)));
            }).list();
        return jdbc.sql("""
                SELECT id, kind, channel, author_type, author_id, author_name, body, created_at, delivery_status,
                       delivery_attempts, delivery_error, automatic, to_everyone
                FROM conversation_message WHERE conversation_id = ? ORDER BY created_at, id""")
            .param(conversationId)
            .query((rs, n) -> new TimelineEntry(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                Channel.valueOf(rs.getString("channel")), AuthorType.valueOf(rs.getString("author_type")),
                nullableLong(rs, "author_id"), rs.getString("author_name"), rs.getString("body"),
                instant(rs, "created_at"), DeliveryStatus.valueOf(rs.getString("delivery_status")),
                rs.getInt("delivery_attempts"), rs.getString("delivery_error"), rs.getBoolean("automatic"),
                rs.getBoolean("to_everyone"), transfers.get(rs.getLong("id"))))
            .list();
    }

    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_conversation c WHERE " + where).params(params)
            .query(Long.class).single();
    }

    private List<ConversationSummary> summaries(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerRef> customerRefs = customers.refs(rows.stream().map(row -> row.customerId).toList());
        Map<Long, List<String>> tagsById = tags.of(rows.stream().map(row -> row.id).toList());
        Map<Long, String> agents = directory.agentNames();
        Map<Long, String> teams = directory.teamNames();
        List<ConversationSummary> summaries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CustomerRef customer = customerRefs.get(row.customerId);
            summaries.add(new ConversationSummary(row.id, row.subject, row.customerId,
                customer == null ? "#" + row.customerId : customer.displayName(), row.channel, row.status,
                Priority.ofRank(row.priority), row.assigneeId, agents.get(row.assigneeId), row.teamId,
                teams.get(row.teamId), row.contactReason, tagsById.getOrDefault(row.id, List.of()), row.createdAt,
                row.updatedAt, row.awaitingReplySince, row.messageCount, row.spam, row.atRisk, row.atRiskReason,
                row.version, row.dueAt));
        }
        return summaries;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Row row = new Row();
        row.id = rs.getLong("id");
        row.subject = rs.getString("subject");
        row.customerId = rs.getLong("customer_id");
        row.channel = Channel.valueOf(rs.getString("channel"));
        row.status = ConversationStatus.valueOf(rs.getString("status"));
        row.priority = rs.getInt("priority");
        row.assigneeId = nullableLong(rs, "assignee_id");
        row.teamId = nullableLong(rs, "team_id");
        row.contactReason = rs.getString("contact_reason");
        row.createdAt = instant(rs, "created_at");
        row.updatedAt = instant(rs, "updated_at");
        row.queueSince = instant(rs, "queue_since");
        row.awaitingReplySince = instant(rs, "awaiting_reply_since");
        row.messageCount = rs.getInt("message_count");
        row.spam = rs.getBoolean("spam");
        row.atRisk = rs.getBoolean("at_risk");
        row.atRiskReason = rs.getString("at_risk_reason");
        row.version = rs.getLong("version");
        row.dueAt = instant(rs, "due_at");
        return row;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A conversation row before names are attached. */
    private static final class Row {
        long id;
        String subject;
        long customerId;
        Channel channel;
        ConversationStatus status;
        int priority;
        Long assigneeId;
        Long teamId;
        String contactReason;
        Instant createdAt;
        Instant updatedAt;
        Instant queueSince;
        Instant awaitingReplySince;
        int messageCount;
        boolean spam;
        boolean atRisk;
        String atRiskReason;
        long version;
        Instant firstResponseAt;
        Instant solvedAt;
        int reopenCount;
        Long previousId;
        Long mergedIntoId;
        Instant dueAt;
    }
}
