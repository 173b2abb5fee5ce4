package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerActivity;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Chart;
import org.loyaldesk.insight.Dashboard.Kpi;
import org.loyaldesk.insight.Dashboard.Phrase;
import org.loyaldesk.insight.Dashboard.Series;
import org.loyaldesk.insight.Dashboard.Table;
import org.loyaldesk.insight.spi.LoyaltyTables;
import org.loyaldesk.knowledge.SelfService;
import org.loyaldesk.knowledge.SelfServiceReport;
import org.loyaldesk.survey.SurveyAnswer;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.SurveyResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loyalty dashboard for management: effort (asked and computed), first-contact resolution,
 * peak-end, churn risk and revenue at risk, contact reasons and churn reasons, per week and per product.
 */
@Service
@Transactional(readOnly = true)
public class LoyaltyReport {

    private static final int SHOWN = 15;

    private final ConversationSignals signals;
    private final SurveyResults surveys;
    private final ChurnRisks risks;
    private final RecoveryReport recovery;
    private final TagCounts tags;
    private final CustomerActivity activity;
    private final SelfServiceReport selfService;
    private final AgentDirectory directory;
    private final List<LoyaltyTables> contributed;
    private final Clock clock;

    LoyaltyReport(ConversationSignals signals, SurveyResults surveys, ChurnRisks risks, RecoveryReport recovery,
                  TagCounts tags, CustomerActivity activity, SelfServiceReport selfService, AgentDirectory directory,
                  List<LoyaltyTables> contributed, Clock clock) {
        this.contributed = contributed;
        this.signals = signals;
        this.surveys = surveys;
        this.risks = risks;
        this.recovery = recovery;
        this.tags = tags;
        this.activity = activity;
        this.selfService = selfService;
        this.directory = directory;
        this.clock = clock;
    }

    public Dashboard build(int weeks) {
        Instant from = clock.instant().minus(Duration.ofDays(7L * weeks));
        List<ConversationSignal> all = signals.since(from);
        List<SurveyAnswer> answers = surveys.since(from);
        List<SurveyAnswer> ces = answers.stream().filter(answer -> answer.kind() == SurveyKind.CES).toList();
        List<CustomerRisk> customers = risks.all();
        List<CustomerRisk> staying = customers.stream().filter(risk -> risk.churnedAt() == null).toList();
        Map<String, String> products = activity.productNames();
        SelfService help = selfService.since(from);

        List<Kpi> kpis = List.of(
            new Kpi("insight.kpi.cesSurveyed", Stats.mean(ces, SurveyAnswer::score), "decimal", ces.size()),
            new Kpi("insight.kpi.cesComputed", Stats.mean(solved(all), ConversationSignal::effort), "decimal",
                solved(all).size()),
            new Kpi("insight.kpi.fcr", fcrRate(all), "percent", all.stream().filter(LoyaltyReport::fcrDecided).count()),
            new Kpi("insight.kpi.recovered", (double) count(all, Mood.RECOVERED), "count", 0),
            new Kpi("insight.kpi.unrecovered", (double) count(all, Mood.UNRECOVERED), "count", 0),
            new Kpi("insight.kpi.highRisk", (double) staying.stream().filter(risk -> risk.risk() >= 0.6).count(), "count",
                staying.size()),
            new Kpi("insight.kpi.revenueAtRisk", revenueAtRisk(staying), "money", staying.size()),
            new Kpi("insight.kpi.nps", nps(answers), "decimal",
                answers.stream().filter(answer -> answer.kind() == SurveyKind.NPS).count()),
            // help-centre users per contact: above 1, more customers help themselves than contact us
            new Kpi("insight.kpi.selfService", all.isEmpty() ? null : (double) help.visitors() / all.size(), "ratio",
                all.size()),
            new Kpi("insight.kpi.deflection", help.deflectionRate(), "percent", help.decided()));

        Map<LocalDate, List<ConversationSignal>> byWeek = new TreeMap<>(all.stream()
            .collect(Collectors.groupingBy(signal -> signals.week(signal.createdAt()))));
        Map<LocalDate, List<SurveyAnswer>> cesByWeek = ces.stream()
            .collect(Collectors.groupingBy(answer -> signals.week(answer.answeredAt())));
        Map<LocalDate, FcrRate> fcrByWeek = new TreeMap<>();
        byWeek.forEach((week, list) -> fcrByWeek.put(week, FcrRate.of(list)));
        long pendingWeeks = fcrByWeek.values().stream().filter(FcrRate::pending).count();
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("trend", new Chart("line", byWeek.keySet().stream().map(Cell::day).toList(), List.of(
            new Series("insight.kpi.cesSurveyed", byWeek.keySet().stream()
                .map(week -> Stats.mean(cesByWeek.getOrDefault(week, List.of()), SurveyAnswer::score)).toList(), "y"),
            new Series("insight.kpi.cesComputed", byWeek.values().stream()
                .map(list -> Stats.mean(solved(list), ConversationSignal::effort)).toList(), "y"),
            new Series("insight.kpi.fcr", fcrByWeek.values().stream().map(FcrRate::rate)
                .map(rate -> rate == null ? null : rate * 100).toList(), "y2")),
            pendingWeeks == 0 ? null : Phrase.of("insight.chart.fcrPending", pendingWeeks)));
        charts.put("mood", Chart.keyed("doughnut", List.of("insight.mood.recovered", "insight.mood.unrecovered",
            "insight.mood.calm"), List.of(new Series("insight.chart.conversations", List.of(
                (double) count(all, Mood.RECOVERED), (double) count(all, Mood.UNRECOVERED),
                (double) count(all, Mood.CALM)), "y"))));
        charts.put("risk", riskDistribution(staying));
        Map<String, List<ConversationSignal>> byReason = group(all, signal -> Objects.requireNonNullElse(
            signal.contactReason(), "none"));
        charts.put("reasons", Chart.keyed("bar", byReason.keySet().stream().map(reason -> "reason." + reason).toList(), List.of(new Series("insight.chart.conversations",
                byReason.values().stream().map(list -> (double) list.size()).toList(), "y"))));
        Map<String, Long> churnTags = tags.since(from, TagBucket.CHURN);
        Map<String, Long> loyaltyTags = tags.since(from, TagBucket.LOYALTY);
        charts.put("churnReasons", tagChart(churnTags));
        charts.put("loyaltyDrivers", tagChart(loyaltyTags));

        List<Table> tables = new ArrayList<>();
        tables.add(new Table("trend", List.of("insight.col.week", "insight.col.conversations", "insight.kpi.cesSurveyed",
            "insight.col.answers", "insight.kpi.cesComputed", "insight.kpi.fcr", "insight.mood.recovered",
            "insight.mood.unrecovered"), byWeek.entrySet().stream().map(week -> List.of(
                Cell.day(week.getKey()), count(week.getValue().size()),
                Cell.number(Stats.mean(cesByWeek.getOrDefault(week.getKey(), List.of()), SurveyAnswer::score)),
                count(cesByWeek.getOrDefault(week.getKey(), List.of()).size()),
                Cell.number(Stats.mean(solved(week.getValue()), ConversationSignal::effort)),
                fcr(fcrByWeek.get(week.getKey())), count(count(week.getValue(), Mood.RECOVERED)),
                count(count(week.getValue(), Mood.UNRECOVERED)))).toList(), Integer.MAX_VALUE));
        tables.add(productTable(all, ces, products));
        tables.add(new Table("reasons", List.of("insight.col.reason", "insight.col.conversations",
            "insight.kpi.cesComputed", "insight.kpi.fcr", "insight.mood.unrecovered"),
            byReason.entrySet().stream().map(reason -> List.of(Cell.key("reason." + reason.getKey()),
                count(reason.getValue().size()), Cell.number(Stats.mean(solved(reason.getValue()),
                    ConversationSignal::effort)), percent(fcrRate(reason.getValue())),
                count(count(reason.getValue(), Mood.UNRECOVERED)))).toList(), Integer.MAX_VALUE));
        tables.add(tagTable("churnReasons", churnTags));
        tables.add(tagTable("loyaltyDrivers", loyaltyTags));
        tables.add(new Table("customers", List.of("insight.col.customer", "insight.col.risk", "insight.col.reasons",
            "insight.col.revenue", "insight.col.status"), customers.stream().map(risk -> List.of(
                Cell.text(risk.name()).linked("/insight/customers/" + risk.customerId()), percent(risk.risk()),
                Cell.phrases(risk.reasons().stream().map(ChurnModel.Reason::phrase).toList()),
                Cell.number(risk.yearlyRevenue().doubleValue()),
                Cell.key(risk.churnedAt() != null ? "insight.status.churned" : "insight.band." + risk.band())))
            .toList(), SHOWN));
        tables.add(recovery.table());
        tables.addAll(SelfServiceTables.of(help));
        contributed.forEach(contribution -> tables.add(contribution.table(from)));
        tables.add(conversationTable(all, products, customerNames(), directory.agentNames()));
        return new Dashboard(kpis, charts, tables);
    }

    private static Table productTable(List<ConversationSignal> all, List<SurveyAnswer> ces, Map<String, String> names) {
        Map<String, List<ConversationSignal>> byProduct = group(all.stream().filter(signal -> signal.productSku() != null)
            .toList(), ConversationSignal::productSku);
        Map<String, List<SurveyAnswer>> cesByProduct = ces.stream().filter(answer -> answer.productSku() != null)
            .collect(Collectors.groupingBy(SurveyAnswer::productSku));
        return new Table("products", List.of("insight.col.product", "insight.col.conversations",
            "insight.kpi.cesComputed", "insight.kpi.cesSurveyed", "insight.kpi.fcr", "insight.mood.unrecovered"),
            byProduct.entrySet().stream().map(product -> List.of(
                Cell.text(names.getOrDefault(product.getKey(), product.getKey())), count(product.getValue().size()),
                Cell.number(Stats.mean(solved(product.getValue()), ConversationSignal::effort)),
                Cell.number(Stats.mean(cesByProduct.getOrDefault(product.getKey(), List.of()), SurveyAnswer::score)),
                percent(fcrRate(product.getValue())), count(count(product.getValue(), Mood.UNRECOVERED)))).toList(),
            Integer.MAX_VALUE);
    }

    /**
     * One row per conversation, for whoever wants to analyse further: the page shows the latest ten with who,
     * what and how it went; the export has all of them with every figure.
     */
    static Table conversationTable(List<ConversationSignal> all, Map<String, String> products,
                                   Map<Long, String> customers, Map<Long, String> agents) {
        List<String> columns = List.of("insight.col.conversation", "insight.col.created", "insight.col.customer",
            "insight.col.agent", "insight.col.channel", "insight.col.reason", "insight.col.status", "insight.col.mood",
            "insight.kpi.cesComputed", "insight.kpi.fcr",
            // only in the export
            "insight.col.product", "insight.col.peak", "insight.col.end", "insight.col.peakEnd",
            "insight.col.firstResponse", "insight.col.resolution", "insight.col.tone");
        return new Table("conversations", columns,
            all.stream().sorted(Comparator.comparing(ConversationSignal::createdAt).reversed()).map(s -> List.of(
                Cell.text("#" + s.conversationId()).linked("/conversations/" + s.conversationId()),
                Cell.at(s.createdAt()), Cell.text(customers.get(s.customerId()))
                    .linked("/customers/" + s.customerId()),
                Cell.text(s.agentId() == null ? null : agents.get(s.agentId())),
                Cell.code("channel.", s.channel()), Cell.code("reason.", s.contactReason()),
                Cell.code("status.", s.status()), Cell.key("insight.mood." + s.mood().code()),
                Cell.number(Stats.round(s.effort())), Cell.key("insight.fcr." + s.fcr().code()),
                Cell.text(s.productSku() == null ? null : products.getOrDefault(s.productSku(), s.productSku())),
                Cell.number(s.peak()), Cell.number(s.endFeeling()), Cell.number(s.peakEnd()),
                Cell.number(s.firstResponseMinutes()), Cell.number(s.resolutionMinutes()),
                Cell.number(s.agentTone() == null ? null : Stats.round(s.agentTone())))).toList(), 10,
            columns.indexOf("insight.col.product"));
    }

    private Map<Long, String> customerNames() {
        return activity.all().stream().collect(Collectors.toMap(CustomerActivity.Activity::customerId,
            CustomerActivity.Activity::displayName));
    }

    private static Chart riskDistribution(List<CustomerRisk> staying) {
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (int band = 0; band < 10; band++) {
            int low = band * 10;
            labels.add(low + "–" + (low + 10) + "%");
            counts.add((double) staying.stream().filter(risk -> Math.min(9, (int) (risk.risk() * 10)) == low / 10).count());
        }
        return Chart.named("bar", labels, List.of(new Series("insight.chart.customers", counts, "y")));
    }

    private static Chart tagChart(Map<String, Long> counts) {
        return Chart.keyed("bar", counts.keySet().stream().map(tag -> "insight.tag." + tag).toList(),
            List.of(new Series("insight.chart.conversations", counts.values().stream().map(Long::doubleValue).toList(),
                "y")));
    }

    private static Table tagTable(String key, Map<String, Long> counts) {
        return new Table(key, List.of("insight.col.tag", "insight.col.conversations"), counts.entrySet().stream()
            .map(tag -> List.of(Cell.key("insight.tag." + tag.getKey()), count(tag.getValue()))).toList(),
            Integer.MAX_VALUE);
    }

    private static Double revenueAtRisk(List<CustomerRisk> staying) {
        return Stats.round(staying.stream().map(risk -> risk.yearlyRevenue().multiply(BigDecimal.valueOf(risk.risk())))
            .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
    }

    /** NPS: promoters (9–10) minus detractors (0–6), in percentage points. */
    private static Double nps(List<SurveyAnswer> answers) {
        List<SurveyAnswer> nps = answers.stream().filter(answer -> answer.kind() == SurveyKind.NPS).toList();
        if (nps.isEmpty()) {
            return null;
        }
        long promoters = nps.stream().filter(answer -> answer.score() >= 9).count();
        long detractors = nps.stream().filter(answer -> answer.score() <= 6).count();
        return (double) Math.round(100.0 * (promoters - detractors) / nps.size());
    }

    static List<ConversationSignal> solved(List<ConversationSignal> signals) {
        return signals.stream().filter(signal -> signal.solvedAt() != null).toList();
    }

    static boolean fcrDecided(ConversationSignal signal) {
        return signal.fcr() != FcrState.PENDING;
    }

    static Double fcrRate(List<ConversationSignal> signals) {
        return Stats.share(signals, LoyaltyReport::fcrDecided, signal -> signal.fcr() == FcrState.YES);
    }

    private static long count(List<ConversationSignal> signals, Mood mood) {
        return signals.stream().filter(signal -> signal.mood() == mood).count();
    }

    static <K> Map<K, List<ConversationSignal>> group(List<ConversationSignal> signals,
                                                       Function<ConversationSignal, K> key) {
        Map<K, List<ConversationSignal>> groups = signals.stream().collect(Collectors.groupingBy(key));
        Map<K, List<ConversationSignal>> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
            .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    static Cell count(long value) {
        return Cell.number((double) value);
    }

    static Cell percent(Double share) {
        return Cell.number(share == null ? null : Stats.round(share * 100));
    }

    private static Cell fcr(FcrRate fcr) {
        return fcr.pending() ? Cell.key("insight.fcr.weekPending") : percent(fcr.rate());
    }
}
