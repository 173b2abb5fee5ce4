package org.loyaldesk.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerActivity;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Chart;
import org.loyaldesk.insight.Dashboard.Kpi;
import org.loyaldesk.insight.Dashboard.Series;
import org.loyaldesk.insight.Dashboard.Table;
import org.loyaldesk.insight.spi.CoachingTables;
import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching per agent and team: speed (first response and resolution in business hours),
 * friendliness (the tone of their own replies) and effectiveness (FCR, reopenings, computed
 * effort, CES). Every number links to the conversations behind it.
 */
@Service
@Transactional(readOnly = true)
public class CoachingReport {

    /** The conversations a drill-down lists: all of them, or those that pulled a number down. */
    public enum Metric {
        ALL(signal -> true),
        NOT_FCR(signal -> signal.fcr() == FcrState.NO),
        REOPENED(signal -> signal.inputs().get(EffortDriver.REOPENINGS) > 0),
        HARD(signal -> signal.effort() <= 4),
        SLOW(signal -> signal.firstResponseMinutes() != null && signal.firstResponseMinutes() > 240),
        UNRECOVERED(signal -> signal.mood() == Mood.UNRECOVERED);

        private final Predicate<ConversationSignal> test;

        Metric(Predicate<ConversationSignal> test) {
            this.test = test;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Metric fromCode(String code) {
            return code == null || code.isBlank() ? ALL
                : valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    private final ConversationSignals signals;
    private final MessageSignals messages;
    private final SurveyResults surveys;
    private final AgentDirectory directory;
    private final CustomerActivity activity;
    private final List<CoachingTables> contributed;
    private final Clock clock;

    CoachingReport(ConversationSignals signals, MessageSignals messages, SurveyResults surveys,
                   AgentDirectory directory, CustomerActivity activity, List<CoachingTables> contributed, Clock clock) {
        this.contributed = contributed;
        this.signals = signals;
        this.messages = messages;
        this.surveys = surveys;
        this.directory = directory;
        this.activity = activity;
        this.clock = clock;
    }

    public Dashboard build(int weeks) {
        Instant from = clock.instant().minus(Duration.ofDays(7L * weeks));
        List<ConversationSignal> all = signals.since(from);
        Map<Long, double[]> tone = messages.agentTone(from);
        List<SurveyAnswer> ces = surveys.since(from).stream().filter(answer -> answer.kind() == SurveyKind.CES).toList();
        Map<Long, String> teams = directory.teamNames();
        List<AgentSummary> agents = directory.agents();

        List<Kpi> kpis = List.of(
            new Kpi("insight.col.firstResponse", Stats.mean(withFirstResponse(all),
                ConversationSignal::firstResponseMinutes), "minutes", withFirstResponse(all).size()),
            new Kpi("insight.col.resolution", Stats.mean(LoyaltyReport.solved(all),
                signal -> signal.resolutionMinutes() == null ? 0 : signal.resolutionMinutes()), "minutes",
                LoyaltyReport.solved(all).size()),
            new Kpi("insight.kpi.fcr", LoyaltyReport.fcrRate(all), "percent",
                all.stream().filter(LoyaltyReport::fcrDecided).count()),
            new Kpi("insight.col.reopenRate", reopenRate(all), "percent", LoyaltyReport.solved(all).size()),
            new Kpi("insight.col.tone", toneOf(tone, agents.stream().map(AgentSummary::id).toList()), "decimal", 0));

        List<List<Cell>> agentRows = new ArrayList<>();
        Map<String, Chart> charts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Double> fcr = new ArrayList<>();
        List<Double> reopen = new ArrayList<>();
        List<Double> effort = new ArrayList<>();
        List<Double> cesMeans = new ArrayList<>();
        List<Double> firstResponse = new ArrayList<>();
        List<Double> tones = new ArrayList<>();
        for (AgentSummary agent : agents) {
            List<ConversationSignal> mine = all.stream().filter(signal -> Objects.equals(signal.agentId(), agent.id()))
                .toList();
            List<SurveyAnswer> myCes = ces.stream().filter(answer -> Objects.equals(answer.agentId(), agent.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            String drill = "/insight/coaching/conversations?agent=" + agent.id();
            agentRows.add(row(Cell.text(agent.name()).linked(drill), Cell.text(teams.get(agent.teamId())), mine, myCes,
                toneOf(tone, List.of(agent.id())), drill));
            names.add(agent.name());
            fcr.add(percentOrNull(LoyaltyReport.fcrRate(mine)));
            reopen.add(percentOrNull(reopenRate(mine)));
            effort.add(Stats.mean(LoyaltyReport.solved(mine), ConversationSignal::effort));
            cesMeans.add(Stats.mean(myCes, SurveyAnswer::score));
            firstResponse.add(Stats.mean(withFirstResponse(mine), ConversationSignal::firstResponseMinutes));
            tones.add(toneOf(tone, List.of(agent.id())));
        }
        charts.put("effectiveness", Chart.named("bar", names, List.of(
            new Series("insight.kpi.fcr", fcr, "y"), new Series("insight.col.reopenRate", reopen, "y"))));
        charts.put("effort", Chart.named("bar", names, List.of(
            new Series("insight.kpi.cesComputed", effort, "y"), new Series("insight.kpi.cesSurveyed", cesMeans, "y"))));
        charts.put("speed", Chart.named("bar", names, List.of(
            new Series("insight.col.firstResponse", firstResponse, "y"))));
        charts.put("tone", Chart.named("bar", names, List.of(new Series("insight.col.tone", tones, "y"))));

        List<List<Cell>> teamRows = new ArrayList<>();
        Map<Long, List<ConversationSignal>> byTeam = all.stream().filter(signal -> signal.teamId() != null)
            .collect(Collectors.groupingBy(ConversationSignal::teamId));
        byTeam.forEach((teamId, theirs) -> {
            List<Long> members = agents.stream().filter(agent -> teamId.equals(agent.teamId())).map(AgentSummary::id)
                .toList();
            String drill = "/insight/coaching/conversations?team=" + teamId;
            teamRows.add(row(Cell.text(teams.getOrDefault(teamId, "#" + teamId)).linked(drill), null, theirs,
                ces.stream().filter(answer -> teamId.equals(answer.teamId())).toList(), toneOf(tone, members), drill));
        });
        List<String> columns = List.of("insight.col.agent", "insight.col.team", "insight.col.conversations",
            "insight.col.firstResponse", "insight.col.resolution", "insight.col.tone", "insight.kpi.fcr",
            "insight.col.reopenRate", "insight.kpi.cesComputed", "insight.kpi.cesSurveyed", "insight.col.answers");
        List<Table> tables = new ArrayList<>(List.of(new Table("agents", columns, agentRows, Integer.MAX_VALUE),
            new Table("teams", columns.stream().filter(column -> !column.equals("insight.col.agent")).toList(),
                teamRows, Integer.MAX_VALUE)));
        contributed.forEach(contribution -> tables.add(contribution.table(from)));
        return new Dashboard(kpis, charts, tables);
    }

    /** The conversations behind an agent's or a team's numbers. */
    public Table conversations(Long agentId, Long teamId, Metric metric, int weeks) {
        Instant from = clock.instant().minus(Duration.ofDays(7L * weeks));
        List<ConversationSignal> theirs = signals.since(from).stream()
            .filter(signal -> agentId == null || agentId.equals(signal.agentId()))
            .filter(signal -> teamId == null || teamId.equals(signal.teamId()))
            .filter(metric.test).toList();
        Table table = LoyaltyReport.conversationTable(theirs, activity.productNames(), activity.all().stream()
            .collect(Collectors.toMap(CustomerActivity.Activity::customerId, CustomerActivity.Activity::displayName)),
            directory.agentNames());
        return new Table("drilldown", table.columns(), table.rows(), Integer.MAX_VALUE, table.columnsShown());
    }

    /** A row of figures for an agent (with their team) or a team ({@code team} null: the name is the team). */
    private static List<Cell> row(Cell name, Cell team, List<ConversationSignal> signals, List<SurveyAnswer> ces,
                                  Double tone, String drill) {
        List<Cell> row = new ArrayList<>(List.of(name));
        if (team != null) {
            row.add(team);
        }
        row.addAll(figures(signals, ces, tone, drill));
        return row;
    }

    private static List<Cell> figures(List<ConversationSignal> signals, List<SurveyAnswer> ces, Double tone,
                                      String drill) {
        return List.of(LoyaltyReport.count(signals.size()).linked(drill),
            Cell.number(Stats.mean(withFirstResponse(signals), ConversationSignal::firstResponseMinutes))
                .linked(drill + "&metric=slow"),
            Cell.number(Stats.mean(LoyaltyReport.solved(signals),
                signal -> signal.resolutionMinutes() == null ? 0 : signal.resolutionMinutes())),
            Cell.number(tone), LoyaltyReport.percent(LoyaltyReport.fcrRate(signals)).linked(drill + "&metric=not-fcr"),
            LoyaltyReport.percent(reopenRate(signals)).linked(drill + "&metric=reopened"),
            Cell.number(Stats.mean(LoyaltyReport.solved(signals), ConversationSignal::effort)).linked(drill + "&metric=hard"),
            Cell.number(Stats.mean(ces, SurveyAnswer::score)), LoyaltyReport.count(ces.size()));
    }

    private static List<ConversationSignal> withFirstResponse(List<ConversationSignal> signals) {
        return signals.stream().filter(signal -> signal.firstResponseMinutes() != null).toList();
    }

    private static Double reopenRate(List<ConversationSignal> signals) {
        return Stats.share(signals, signal -> signal.solvedAt() != null || signal.inputs().get(EffortDriver.REOPENINGS) > 0,
            signal -> signal.inputs().get(EffortDriver.REOPENINGS) > 0);
    }

    private static Double percentOrNull(Double share) {
        return share == null ? null : Stats.round(share * 100);
    }

    /** The mean tone over these agents' replies, weighted by how many replies each wrote. */
    private static Double toneOf(Map<Long, double[]> tone, List<Long> agents) {
        double sum = 0;
        double count = 0;
        for (Long agent : agents) {
            double[] mean = tone.get(agent);
            if (mean != null) {
                sum += mean[0] * mean[1];
                count += mean[1];
            }
        }
        return count == 0 ? null : Stats.round(sum / count);
    }
}
