package org.loyaldesk.automation.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.loyaldesk.identity.AgentDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Warnings and breaches of the last weeks per team, contact reason and agent, for the leads. */
@Component
public class SlaReport {

    /** @param key team, reason or agent id as text ("" for none); {@code name} what a lead reads */
    public record Row(String key, String name, long warnings, long breaches) {
    }

    public record Report(List<Row> teams, List<Row> reasons, List<Row> agents, long warnings, long breaches) {
    }

    private final JdbcClient jdbc;
    private final AgentDirectory directory;
    private final Clock clock;

    SlaReport(JdbcClient jdbc, AgentDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report of(int weeks) {
        if (weeks < 1 || weeks > 104) {
            throw new IllegalArgumentException("weeks is between 1 and 104");
        }
        Instant from = clock.instant().minus(Duration.ofDays(7L * weeks));
        Map<Long, String> teams = directory.teamNames();
        Map<Long, String> agents = directory.agentNames();
        List<Row> byTeam = grouped("team_id", from, key -> key == null ? null : teams.getOrDefault(Long.valueOf(key), "#" + key));
        List<Row> byReason = grouped("contact_reason", from, key -> key);
        List<Row> byAgent = grouped("agent_id", from, key -> key == null ? null : agents.getOrDefault(Long.valueOf(key), "#" + key));
        long warnings = byTeam.stream().mapToLong(Row::warnings).sum();
        long breaches = byTeam.stream().mapToLong(Row::breaches).sum();
        return new Report(byTeam, byReason, byAgent, warnings, breaches);
    }

    private List<Row> grouped(String column, Instant from, java.util.function.Function<String, String> name) {
        List<Row> rows = new ArrayList<>(jdbc.sql("SELECT " + column + " AS k, "
                + "SUM(CASE WHEN stage = 'WARNING' THEN 1 ELSE 0 END) AS warnings, "
                + "SUM(CASE WHEN stage = 'BREACH' THEN 1 ELSE 0 END) AS breaches "
                + "FROM automation_sla_event WHERE happened_at >= ? GROUP BY " + column)
            .param(from.atOffset(ZoneOffset.UTC))
            .query((rs, n) -> {
                Object key = rs.getObject("k");
                String text = key == null ? null : key.toString();
                return new Row(text == null ? "" : text, name.apply(text), rs.getLong("warnings"), rs.getLong("breaches"));
            }).list());
        rows.sort(Comparator.comparingLong(Row::breaches).reversed().thenComparing(Comparator.comparingLong(Row::warnings)
            .reversed()));
        return rows;
    }
}
