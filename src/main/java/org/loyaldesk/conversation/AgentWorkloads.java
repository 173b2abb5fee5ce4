package org.loyaldesk.conversation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much work agents have: what routing needs to keep an agent within their capacity, to send a customer back to
 * the agent who has their issue, and to hand on what waits for an agent who left. Reads committed rows only, so a
 * caller that holds a lock while it decides sees every assignment made before it.
 */
@Component
public class AgentWorkloads {

    private final JdbcClient jdbc;

    AgentWorkloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active conversations per agent and channel; an agent without any is absent. */
    public Map<Long, Map<Channel, Integer>> activeByChannel(Collection<Long> agentIds) {
        Map<Long, Map<Channel, Integer>> loads = new HashMap<>();
        if (agentIds.isEmpty()) {
            return loads;
        }
        jdbc.sql("""
                SELECT assignee_id, channel, COUNT(*) AS n FROM conversation_conversation
                WHERE assignee_id IN (:agents) AND active = TRUE AND merged_into_id IS NULL
                GROUP BY assignee_id, channel""")
            .param("agents", agentIds)
            .query(rs -> {
                loads.computeIfAbsent(rs.getLong("assignee_id"), id -> new HashMap<>())
                    .put(Channel.valueOf(rs.getString("channel")), rs.getInt("n"));
            });
        return loads;
    }

    /** The agent who has another active conversation of this customer (the most recently updated one), if any. */
    public Optional<Owner> ownerOfOtherOpenConversation(long customerId, long conversationId) {
        return jdbc.sql("""
                SELECT assignee_id, team_id FROM conversation_conversation
                WHERE customer_id = ? AND id <> ? AND active = TRUE AND merged_into_id IS NULL AND assignee_id IS NOT NULL
                ORDER BY updated_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
            .params(customerId, conversationId)
            .query((rs, n) -> new Owner(rs.getLong("assignee_id"), (Long) rs.getObject("team_id", Long.class)))
            .optional();
    }

    /** Conversations assigned to this agent that wait for a first look: new or open, and the customer waits. */
    public List<Long> waitingFor(long agentId) {
        return jdbc.sql("""
                SELECT id FROM conversation_conversation
                WHERE assignee_id = ? AND status IN ('NEW', 'OPEN') AND awaiting_reply_since IS NOT NULL
                  AND merged_into_id IS NULL AND spam = FALSE ORDER BY id""")
            .param(agentId).query(Long.class).list();
    }

    /** Agents with conversations waiting for them (see {@link #waitingFor}). */
    public List<Long> agentsWithWaitingWork() {
        return jdbc.sql("""
                SELECT DISTINCT assignee_id FROM conversation_conversation
                WHERE assignee_id IS NOT NULL AND status IN ('NEW', 'OPEN') AND awaiting_reply_since IS NOT NULL
                  AND merged_into_id IS NULL AND spam = FALSE""")
            .query(Long.class).list();
    }

    /**
     * Conversations in a team's queue: nobody has them and the customer waits. The longest waiting first, as many
     * as {@code limit}.
     */
    public List<Queued> queued(int limit) {
        return jdbc.sql("""
                SELECT id, team_id FROM conversation_conversation
                WHERE assignee_id IS NULL AND team_id IS NOT NULL AND status IN ('NEW', 'OPEN')
                  AND awaiting_reply_since IS NOT NULL AND merged_into_id IS NULL AND spam = FALSE
                ORDER BY awaiting_reply_since, id FETCH FIRST ? ROWS ONLY""")
            .param(limit).query((rs, n) -> new Queued(rs.getLong(1), rs.getLong(2))).list();
    }

    public record Queued(long conversationId, long teamId) {
    }

    public record Owner(long agentId, Long teamId) {
    }
}
