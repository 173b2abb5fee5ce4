package org.loyaldesk.automation.sla;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Table;
import org.loyaldesk.insight.spi.CoachingTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hand-overs per agent on the Coaching dashboard: how many they received and how many they handed back soon
 * (bounces), so that a lead sees who escalates well and who plays ping-pong.
 */
@Component
class BouncesOnCoaching implements CoachingTables {

    private final JdbcClient jdbc;
    private final AgentDirectory directory;

    BouncesOnCoaching(JdbcClient jdbc, AgentDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public Table table(Instant from) {
        Map<Long, long[]> perAgent = new HashMap<>();
        jdbc.sql("SELECT to_agent_id AS agent, COUNT(*) AS n FROM automation_sla_handover "
                + "WHERE handed_at >= ? AND to_agent_id IS NOT NULL GROUP BY to_agent_id")
            .param(from.atOffset(ZoneOffset.UTC))
            .query((rs, n) -> perAgent.computeIfAbsent(rs.getLong("agent"), id -> new long[2])[0] = rs.getLong("n"))
            .list();
        jdbc.sql("SELECT from_agent_id AS agent, COUNT(*) AS n FROM automation_sla_handover "
                + "WHERE handed_at >= ? AND bounce = TRUE AND from_agent_id IS NOT NULL GROUP BY from_agent_id")
            .param(from.atOffset(ZoneOffset.UTC))
            .query((rs, n) -> perAgent.computeIfAbsent(rs.getLong("agent"), id -> new long[2])[1] = rs.getLong("n"))
            .list();
        Map<Long, String> names = directory.agentNames();
        List<List<Cell>> rows = new ArrayList<>();
        for (Long agent : new TreeSet<>(perAgent.keySet())) {
            long[] counts = perAgent.get(agent);
            rows.add(List.of(Cell.text(names.getOrDefault(agent, "#" + agent)), Cell.number((double) counts[0]),
                Cell.number((double) counts[1]),
                Cell.number(counts[0] == 0 ? null : Math.round(1000.0 * counts[1] / counts[0]) / 10.0)));
        }
        rows.sort((a, b) -> Double.compare(b.get(2).number(), a.get(2).number()));
        return new Table("bounces", List.of("insight.col.agent", "sla.col.handoversReceived", "sla.col.bounces",
            "sla.col.bounceRate"), rows, Integer.MAX_VALUE);
    }
}
