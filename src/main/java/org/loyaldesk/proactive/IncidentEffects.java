package org.loyaldesk.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.CustomerRisk;
import org.loyaldesk.survey.Invitation;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.Surveys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What warning before being asked did: how soon the leads knew, how many contacts it spared, and how warned
 * owners feel (churn risk, CES) against owners who had to write to us themselves. Read again at most once a
 * minute: it samples customers and is shown on the dashboards.
 */
@Service
@Transactional(readOnly = true)
public class IncidentEffects {

    /** Customers of each group whose churn risk and CES are averaged. */
    static final int SAMPLE = 200;
    private static final Duration FRESH = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ChurnRisks risks;
    private final Surveys surveys;
    private final Clock clock;
    /** The figures as last measured, by incident id ({@link #ALL} for all incidents together). */
    private final Map<Long, Measured> measured = new ConcurrentHashMap<>();
    private static final long ALL = -1;

    private record Measured(Effects effects, Instant at) {
    }

    IncidentEffects(JdbcClient jdbc, ChurnRisks risks, Surveys surveys, Clock clock) {
        this.jdbc = jdbc;
        this.risks = risks;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * @param medianTimeToAlert from the first complaint to the alert, over incidents confirmed from a spike; null
     *                          when there are none
     * @param contactRate       the share of owners who wrote on their own between the first complaint and the
     *                          warning: what the warned would have done without it
     * @param contactsAvoided   warned owners times that rate, less the warned who wrote all the same
     * @param churnWarned       average churn risk of warned owners (null when none is known), against
     *                          {@code churnUnwarned}: owners who had written themselves
     */
    public record Effects(long incidents, Duration medianTimeToAlert, long warned, long warnedWhoWrote,
                          double contactRate, long contactsAvoided, Double churnWarned, Double churnUnwarned,
                          Double cesWarned, Double cesUnwarned) {
    }

    public Effects overall() {
        return fresh(ALL);
    }

    /** The same figures for one incident. */
    public Effects of(long incidentId) {
        return fresh(incidentId);
    }

    /** Each incident's figures sample hundreds of customers: the dashboard reads them again at most once a minute. */
    private Effects fresh(long key) {
        Instant now = clock.instant();
        Measured cached = measured.get(key);
        if (cached != null && cached.at().isAfter(now.minus(FRESH))) {
            return cached.effects();
        }
        Effects effects = measure(key == ALL ? null : key);
        measured.put(key, new Measured(effects, now));
        return effects;
    }

    private Effects measure(Long incident) {
        String only = incident == null ? "" : " AND incident_id = " + incident;
        long incidents = incident == null
            ? jdbc.sql("SELECT COUNT(*) FROM proactive_incident").query(Long.class).single() : 1;
        List<Duration> delays = jdbc.sql("SELECT first_complaint_at, alerted_at FROM proactive_incident "
                + "WHERE first_complaint_at IS NOT NULL AND alerted_at IS NOT NULL"
                + (incident == null ? "" : " AND id = " + incident))
            .query((rs, row) -> Duration.between(Spikes.instant(rs, "first_complaint_at"),
                Spikes.instant(rs, "alerted_at")))
            .list().stream().sorted().toList();
        long warned = count("SENT", only);
        long contacted = count("CONTACTED", only);
        long owners = jdbc.sql("SELECT COUNT(*) FROM proactive_warning WHERE 1 = 1" + only).query(Long.class).single();
        long warnedWhoWrote = jdbc.sql("SELECT COUNT(DISTINCT w.customer_id) FROM proactive_warning w "
                + "WHERE w.status = 'SENT'" + only.replace("incident_id", "w.incident_id") + " AND EXISTS "
                + "(SELECT 1 FROM proactive_contact c WHERE c.customer_id = w.customer_id AND c.at > w.at)")
            .query(Long.class).single();
        double rate = owners == 0 ? 0 : (double) contacted / owners;
        long avoided = Math.max(0, Math.round(rate * warned - warnedWhoWrote));
        List<Long> warnedSample = sample("SENT", only);
        List<Long> unwarnedSample = sample("CONTACTED", only);
        return new Effects(incidents, delays.isEmpty() ? null : delays.get(delays.size() / 2), warned, warnedWhoWrote,
            rate, avoided, churn(warnedSample), churn(unwarnedSample), ces(warnedSample), ces(unwarnedSample));
    }

    private long count(String status, String only) {
        return jdbc.sql("SELECT COUNT(*) FROM proactive_warning WHERE status = ?" + only).param(status)
            .query(Long.class).single();
    }

    private List<Long> sample(String status, String only) {
        return jdbc.sql("SELECT DISTINCT customer_id FROM proactive_warning WHERE status = ?" + only
            + " ORDER BY customer_id DESC FETCH FIRST ? ROWS ONLY").params(status, SAMPLE).query(Long.class).list();
    }

    private Double churn(List<Long> customers) {
        return average(customers.stream().map(risks::of).flatMap(java.util.Optional::stream)
            .mapToDouble(CustomerRisk::risk).average());
    }

    private Double ces(List<Long> customers) {
        List<Integer> scores = new ArrayList<>();
        for (long customer : customers) {
            surveys.askedOf(customer, 20).stream().filter(invitation -> invitation.kind() == SurveyKind.CES)
                .map(Invitation::score).filter(Objects::nonNull).forEach(scores::add);
        }
        return average(scores.stream().mapToInt(Integer::intValue).average());
    }

    private static Double average(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
