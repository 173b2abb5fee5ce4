package org.loyaldesk.automation.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.conversation.ConversationClock;
import org.loyaldesk.conversation.ConversationDueTimes;
import org.loyaldesk.identity.AgentDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the conversations an agent handed over (escalated to a team or a lead): who has each now, its
 * status, whether the customer wrote since, and whether it came back. An escalation keeps its owner informed
 * instead of out of sight.
 */
@Component
public class HandedOver {

    /** One conversation handed over: to whom, when, and how it stands now. */
    public record Item(long conversationId, String subject, String toAgent, String toTeam, Instant handedAt,
                       String status, String nowWith, boolean customerWaits, boolean bounce) {
    }

    private static final Duration PERIOD = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final ConversationDueTimes conversations;
    private final AgentDirectory directory;
    private final Clock clock;

    HandedOver(JdbcClient jdbc, ConversationDueTimes conversations, AgentDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Item> by(long agentId) {
        record Row(long conversationId, Long toAgentId, Long toTeamId, Instant handedAt, boolean bounce) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT conversation_id, to_agent_id, to_team_id, handed_at, bounce FROM automation_sla_handover
                WHERE from_agent_id = ? AND handed_at >= ? AND (to_agent_id IS NULL OR to_agent_id <> from_agent_id)
                ORDER BY handed_at DESC FETCH FIRST 100 ROWS ONLY""")
            .params(agentId, clock.instant().minus(PERIOD).atOffset(ZoneOffset.UTC))
            .query((rs, n) -> new Row(rs.getLong("conversation_id"), rs.getObject("to_agent_id", Long.class),
                rs.getObject("to_team_id", Long.class), rs.getObject("handed_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("bounce")))
            .list();
        Map<Long, ConversationClock> now = conversations.clocks(rows.stream().map(Row::conversationId).distinct().toList())
            .stream().collect(Collectors.toMap(ConversationClock::id, Function.identity()));
        Map<Long, String> agents = directory.agentNames();
        Map<Long, String> teams = directory.teamNames();
        return rows.stream().filter(row -> now.containsKey(row.conversationId())).map(row -> {
            ConversationClock conversation = now.get(row.conversationId());
            return new Item(row.conversationId(), conversation.subject(), agents.get(row.toAgentId()),
                teams.get(row.toTeamId()), row.handedAt(), conversation.status().code(),
                agents.get(conversation.assigneeId()), conversation.awaitingReplySince() != null, row.bounce());
        }).toList();
    }
}
