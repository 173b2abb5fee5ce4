package org.loyaldesk.automation.routing;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.loyaldesk.conversation.AgentsAtWork;
import org.loyaldesk.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an agent takes work now. Away and offline are what the agent said in the top bar; online is what they
 * said (or nothing) and a workspace screen open, or closed less than the idle time ago: a page reload is no absence.
 */
@Component
public class AgentAvailability {

    private final JdbcClient jdbc;
    private final AgentsAtWork atWork;
    private final RoutingSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AgentAvailability(JdbcClient jdbc, AgentsAtWork atWork, RoutingSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.atWork = atWork;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the agent chose in the top bar; online when they never chose. */
    public Availability stated(long agentId) {
        return jdbc.sql("SELECT status FROM automation_agent_availability WHERE agent_id = ?").param(agentId)
            .query(String.class).optional().map(Availability::fromCode).orElse(Availability.ONLINE);
    }

    public Availability effective(long agentId) {
        Availability stated = stated(agentId);
        if (stated != Availability.ONLINE) {
            return stated;
        }
        Duration idle = Duration.ofMinutes(settings.idleMinutes());
        boolean present = atWork.isAtWork(agentId) || atWork.lastSeen(agentId)
            .map(seen -> seen.plus(idle).isAfter(clock.instant())).orElse(false);
        return present ? Availability.ONLINE : Availability.OFFLINE;
    }

    @Transactional
    public void state(long agentId, Availability availability) {
        Optional<String> before = jdbc.sql("SELECT status FROM automation_agent_availability WHERE agent_id = ?")
            .param(agentId).query(String.class).optional();
        if (before.isPresent()) {
            jdbc.sql("UPDATE automation_agent_availability SET status = ?, changed_at = ? WHERE agent_id = ?")
                .params(availability.code(), java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), agentId).update();
        } else {
            jdbc.sql("INSERT INTO automation_agent_availability (agent_id, status, changed_at) VALUES (?, ?, ?)")
                .params(agentId, availability.code(), java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
        }
        audit.record("agent.availability", "agent", agentId, before.orElse("online") + " -> " + availability.code());
    }
}
