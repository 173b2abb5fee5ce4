package org.loyaldesk.automation.routing;

import java.util.Optional;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.AdminSettings;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing as a whole: whether it runs (off until an admin switches it on: a team that assigns by hand keeps doing
 * so), the team angry customers go to (which a lead may choose too), after how many idle minutes an agent counts as offline, and how many open
 * conversations an agent takes on a channel unless set per agent.
 */
@Component
public class RoutingSettings {

    static final String ENABLED = "automation.routing";
    static final String ANGER_TEAM = "automation.routing.anger-team";
    static final String IDLE = "automation.routing.idle-minutes";
    static final String CAPACITY = "automation.routing.capacity";

    private final AdminSettings settings;
    private final AgentDirectory directory;
    private final AuditLog audit;
    private final boolean enabledByDefault;

    RoutingSettings(AdminSettings settings, AgentDirectory directory, AuditLog audit,
                    @Value("${loyaldesk.automation.routing:false}") boolean enabledByDefault) {
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
        this.enabledByDefault = enabledByDefault;
    }

    public record Values(boolean enabled, Long angerTeamId, int idleMinutes, int defaultCapacity) {

        /** Checked before anything is stored, so that a bad value never half-saves. */
        public Values {
            if (idleMinutes < 1 || idleMinutes > 24 * 60) {
                throw new RuleViolationException("routing-idle", "Idle minutes are between 1 and 1440");
            }
            if (defaultCapacity < 1 || defaultCapacity > 100) {
                throw new RuleViolationException("routing-capacity", "A capacity is between 1 and 100");
            }
        }
    }

    public Values current() {
        return new Values(enabled(), angerTeamId().orElse(null), idleMinutes(), defaultCapacity());
    }

    public boolean enabled() {
        return settings.chosen(ENABLED).map(Boolean::parseBoolean).orElse(enabledByDefault);
    }

    public Optional<Long> angerTeamId() {
        return settings.chosen(ANGER_TEAM).filter(v -> !v.isEmpty()).map(Long::parseLong);
    }

    public int idleMinutes() {
        return settings.chosen(IDLE).map(Integer::parseInt).orElse(10);
    }

    public int defaultCapacity() {
        return settings.chosen(CAPACITY).map(Integer::parseInt).orElse(8);
    }

    @Transactional
    public void change(Values values) {
        if (values.angerTeamId() != null && directory.team(values.angerTeamId()).isEmpty()) {
            throw new NotFoundException("Team", values.angerTeamId());
        }
        store(values);
        audit.record("settings.routing", "setting", "routing", values.toString());
    }

    /** The one routing choice a team lead makes: where angry customers go (none: their own routing rules). */
    @Transactional
    public void chooseAngerTeam(Long teamId) {
        if (teamId != null && directory.team(teamId).isEmpty()) {
            throw new NotFoundException("Team", teamId);
        }
        settings.choose(ANGER_TEAM, teamId == null ? "" : teamId.toString());
        audit.record("settings.routing.anger-team", "setting", "routing", teamId == null ? "none" : "team " + teamId);
    }

    private void store(Values values) {
        settings.choose(ENABLED, Boolean.toString(values.enabled()));
        settings.choose(ANGER_TEAM, values.angerTeamId() == null ? "" : values.angerTeamId().toString());
        settings.choose(IDLE, Integer.toString(values.idleMinutes()));
        settings.choose(CAPACITY, Integer.toString(values.defaultCapacity()));
    }
}
