package org.loyaldesk.automation.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.loyaldesk.conversation.ConversationTransferred;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every hand-over and tells a bounce from an escalation: a conversation that goes back to the agent (or
 * the team) that handed it over, within the bounce window counted in business hours, bounced. The bounce counts
 * against whoever handed it back.
 */
@Component
class Handovers {

    record Handover(Long fromAgentId, Long fromTeamId, Long toAgentId, Long toTeamId, Instant handedAt) {
    }

    private final JdbcClient jdbc;
    private final SlaSettings settings;
    private final SlaCalendars calendars;
    private final Clock clock;

    Handovers(JdbcClient jdbc, SlaSettings settings, SlaCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * In the transfer's own transaction rather than after it: whether a hand-over bounced depends on the one before
     * it, and transfers of one conversation are serialised by its version, while listeners after commit may run
     * in any order.
     */
    @EventListener
    void on(ConversationTransferred event) {
        record(event, clock.instant());
    }

    boolean record(ConversationTransferred event, Instant now) {
        List<Handover> before = jdbc.sql("""
                SELECT from_agent_id, from_team_id, to_agent_id, to_team_id, handed_at FROM automation_sla_handover
                WHERE conversation_id = ? ORDER BY handed_at DESC, id DESC FETCH FIRST 1 ROWS ONLY""")
            .param(event.conversationId())
            .query((rs, n) -> new Handover(rs.getObject("from_agent_id", Long.class),
                rs.getObject("from_team_id", Long.class), rs.getObject("to_agent_id", Long.class),
                rs.getObject("to_team_id", Long.class), rs.getObject("handed_at", java.time.OffsetDateTime.class).toInstant()))
            .list();
        boolean bounce = !before.isEmpty() && bounced(before.getFirst(), event, now);
        jdbc.sql("""
                INSERT INTO automation_sla_handover (conversation_id, from_agent_id, from_team_id, to_agent_id,
                                                     to_team_id, handed_at, bounce) VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(event.conversationId(), event.fromAgentId(), event.fromTeamId(), event.toAgentId(),
                event.toTeamId(), now.atOffset(ZoneOffset.UTC), bounce)
            .update();
        return bounce;
    }

    /** Back to who handed it over (the agent, or the team when no agent was named), soon after. */
    private boolean bounced(Handover previous, ConversationTransferred now, Instant at) {
        boolean backToAgent = previous.fromAgentId() != null && Objects.equals(previous.fromAgentId(), now.toAgentId())
            && !Objects.equals(previous.toAgentId(), now.toAgentId());
        boolean backToTeam = now.toAgentId() == null && previous.fromTeamId() != null
            && Objects.equals(previous.fromTeamId(), now.toTeamId()) && !Objects.equals(previous.toTeamId(), now.toTeamId());
        if (!backToAgent && !backToTeam) {
            return false;
        }
        BusinessCalendar calendar = previous.fromTeamId() == null ? calendars.standard()
            : calendars.ofTeams().getOrDefault(previous.fromTeamId(), calendars.standard());
        return calendar.between(previous.handedAt(), at).compareTo(settings.bounceWindow()) <= 0;
    }
}
