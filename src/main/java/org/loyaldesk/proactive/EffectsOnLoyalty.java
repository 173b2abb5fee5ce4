package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Table;
import org.loyaldesk.insight.spi.LoyaltyTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proactive service on the Loyalty dashboard: per incident declared in the period (and all of them together), how
 * soon the leads knew, how many owners were warned and how many contacts that spared, and how warned owners' churn
 * risk and CES compare with those of owners who had to ask.
 */
@Component
class EffectsOnLoyalty implements LoyaltyTables {

    private static final int INCIDENTS_SHOWN = 20;

    private final JdbcClient jdbc;
    private final IncidentEffects effects;

    EffectsOnLoyalty(JdbcClient jdbc, IncidentEffects effects) {
        this.jdbc = jdbc;
        this.effects = effects;
    }

    @Override
    public Table table(Instant from) {
        List<List<Cell>> rows = new ArrayList<>();
        jdbc.sql("SELECT id, title FROM proactive_incident WHERE declared_at >= ? ORDER BY declared_at DESC "
                + "FETCH FIRST ? ROWS ONLY")
            .params(ComplaintLog.utc(from), INCIDENTS_SHOWN)
            .query((rs, row) -> rows.add(row(Cell.text(rs.getString(2)).linked("/proactive/incidents/" + rs.getLong(1)),
                effects.of(rs.getLong(1)))))
            .list();
        if (!rows.isEmpty()) {
            rows.add(row(Cell.key("proactive.loyalty.all"), effects.overall()));
        }
        return new Table("proactive", List.of("proactive.loyalty.incident", "proactive.loyalty.minutesToAlert",
            "proactive.loyalty.warned", "proactive.loyalty.avoided", "proactive.loyalty.churnWarned",
            "proactive.loyalty.churnAsked", "proactive.loyalty.cesWarned", "proactive.loyalty.cesAsked"), rows,
            Integer.MAX_VALUE);
    }

    private static List<Cell> row(Cell incident, IncidentEffects.Effects e) {
        Duration delay = e.medianTimeToAlert();
        return List.of(incident, Cell.number(delay == null ? null : Math.round(delay.toSeconds() / 6.0) / 10.0),
            Cell.number((double) e.warned()), Cell.number((double) e.contactsAvoided()), percent(e.churnWarned()),
            percent(e.churnUnwarned()), round(e.cesWarned()), round(e.cesUnwarned()));
    }

    private static Cell percent(Double share) {
        return Cell.number(share == null ? null : Math.round(share * 1000) / 10.0);
    }

    private static Cell round(Double value) {
        return Cell.number(value == null ? null : Math.round(value * 10) / 10.0);
    }
}
