package org.loyaldesk.automation.routing;

import java.util.HashMap;
import java.util.Map;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many open conversations each agent takes per channel: a chat needs more attention than an email. */
@Component
public class Capacities {

    private final JdbcClient jdbc;
    private final RoutingSettings settings;
    private final AgentDirectory directory;
    private final AuditLog audit;

    Capacities(JdbcClient jdbc, RoutingSettings settings, AgentDirectory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
    }

    public int of(long agentId, Channel channel) {
        return jdbc.sql("SELECT capacity FROM automation_agent_capacity WHERE agent_id = ? AND channel = ?")
            .params(agentId, channel.name()).query(Integer.class).optional().orElseGet(settings::defaultCapacity);
    }

    /** The capacities set for this agent (channels not named take the default). */
    public Map<Channel, Integer> set(long agentId) {
        Map<Channel, Integer> set = new HashMap<>();
        jdbc.sql("SELECT channel, capacity FROM automation_agent_capacity WHERE agent_id = ?").param(agentId)
            .query(rs -> {
                set.put(Channel.valueOf(rs.getString(1)), rs.getInt(2));
            });
        return set;
    }

    @Transactional
    public void change(long agentId, Channel channel, int capacity) {
        if (directory.agent(agentId).isEmpty()) {
            throw new NotFoundException("Agent", agentId);
        }
        if (capacity < 0 || capacity > 100) {
            throw new RuleViolationException("routing-capacity", "A capacity is between 0 and 100");
        }
        if (jdbc.sql("UPDATE automation_agent_capacity SET capacity = ? WHERE agent_id = ? AND channel = ?")
            .params(capacity, agentId, channel.name()).update() == 0) {
            jdbc.sql("INSERT INTO automation_agent_capacity (agent_id, channel, capacity) VALUES (?, ?, ?)")
                .params(agentId, channel.name(), capacity).update();
        }
        audit.record("routing.capacity", "agent", agentId, channel.code() + " " + capacity);
    }
}
