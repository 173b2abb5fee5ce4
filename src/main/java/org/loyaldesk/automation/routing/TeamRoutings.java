package org.loyaldesk.automation.routing;

import java.util.Optional;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each team's way of sharing work, and its row as the lock that serialises assignments within the team: two
 * conversations arriving at once are assigned one after the other, each seeing the other's assignment.
 */
@Component
public class TeamRoutings {

    static final TeamAssignment DEFAULT = TeamAssignment.LEAST_BUSY;

    private final JdbcClient jdbc;
    private final AgentDirectory directory;
    private final AuditLog audit;

    TeamRoutings(JdbcClient jdbc, AgentDirectory directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    public TeamAssignment assignment(long teamId) {
        return jdbc.sql("SELECT assignment FROM automation_team_routing WHERE team_id = ?").param(teamId)
            .query(String.class).optional().map(TeamAssignment::fromCode).orElse(DEFAULT);
    }

    @Transactional
    public void change(long teamId, TeamAssignment assignment) {
        if (directory.team(teamId).isEmpty()) {
            throw new NotFoundException("Team", teamId);
        }
        ensureRow(teamId);
        jdbc.sql("UPDATE automation_team_routing SET assignment = ? WHERE team_id = ?")
            .params(assignment.code(), teamId).update();
        audit.record("routing.team-assignment", "team", teamId, assignment.code());
    }

    /** The row exists before anyone locks it; two first arrivals racing to create it both end up with one. */
    void ensureRow(long teamId) {
        try {
            jdbc.sql("INSERT INTO automation_team_routing (team_id, assignment) SELECT ?, ? FROM (VALUES (0)) AS one (x) "
                    + "WHERE NOT EXISTS (SELECT 1 FROM automation_team_routing WHERE team_id = ?)")
                .params(teamId, DEFAULT.code(), teamId).update();
        } catch (DuplicateKeyException alreadyThere) {
            // another arrival created it a moment ago: that is all we wanted
        }
    }

    /** Locks the team's row until the transaction ends; answers the last agent it assigned to. */
    Long lock(long teamId) {
        return jdbc.sql("SELECT last_agent_id FROM automation_team_routing WHERE team_id = ? FOR UPDATE").param(teamId)
            .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).single().orElse(null);
    }

    void assigned(long teamId, long agentId) {
        jdbc.sql("UPDATE automation_team_routing SET last_agent_id = ? WHERE team_id = ?").params(agentId, teamId).update();
    }
}
