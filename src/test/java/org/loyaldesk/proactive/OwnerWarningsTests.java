package org.loyaldesk.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.OrderImport;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warning owners at most once, also across a crash: an owner whose warning was being sent when Loyaldesk stopped
 * is never mailed again (we cannot know whether it left), one whose mail could not go is tried again, and an
 * incident without products has nobody to warn. No mail server here: every mail ends "not configured".
 */
@LoyaldeskTest
class OwnerWarningsTests {

    @Autowired
    Incidents incidents;

    @Autowired
    OwnerWarnings warnings;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerCutOffMidSendIsNeverSentAgainAndAFailedMailIsTriedAgain() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String sku = "OW-" + unique.toUpperCase();
        long cutOff = owner("afgebroken-" + unique, sku);
        long other = owner("ander-" + unique, sku);
        Incident incident = incidents.declare(new IncidentInput("Lekkende kan", List.of(sku), List.of("lekt"),
            "De kan lekt; we sturen een nieuwe.", null, null));
        // the run before the crash had written this owner's row and was sending when it stopped
        jdbc.sql("INSERT INTO proactive_warning (incident_id, customer_id, status, language, opt_out_token, at) "
                + "VALUES (?, ?, 'SENDING', 'nl', ?, ?)")
            .params(incident.id(), cutOff, "token-" + unique, OffsetDateTime.now(ZoneOffset.UTC)).update();

        warnings.warn(incident.id());
        assertThat(statuses(incident.id())).containsEntry(cutOff, "SENDING").containsEntry(other, "NOT_CONFIGURED");

        warnings.warn(incident.id());
        assertThat(statuses(incident.id())).containsEntry(cutOff, "SENDING").containsEntry(other, "NOT_CONFIGURED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactive_warning WHERE incident_id = ?").param(incident.id())
            .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anIncidentWithoutProductsHasNobodyToWarn() {
        Incident incident = incidents.declare(new IncidentInput("Storing betalen", List.of(), List.of("ideal"),
            "Betalen met iDEAL lukt nu niet.", "Paying with iDEAL does not work right now.", null));

        assertThatThrownBy(() -> incidents.warn(incident.id())).isInstanceOf(RuleViolationException.class)
            .hasMessageContaining("names no products");
        assertThat(incident.serviceNoticeId()).as("no banner for everyone by mistake").isNull();
    }

    @Test
    void aDraftWithoutTitleTextOrScopeIsRefusedAndNothingIsStored() {
        int before = jdbc.sql("SELECT COUNT(*) FROM proactive_incident").query(Integer.class).single();

        for (IncidentInput bad : List.of(
            new IncidentInput(" ", List.of("X-1"), List.of(), "tekst", null, null),
            new IncidentInput("Titel", List.of("X-1"), List.of(), " ", null, null),
            new IncidentInput("Titel", List.of(), List.of(), "tekst", null, null),
            new IncidentInput("Titel", List.of("niet geldig!"), List.of(), "tekst", null, null),
            new IncidentInput("x".repeat(201), List.of("X-1"), List.of(), "tekst", null, null))) {
            assertThatThrownBy(() -> incidents.declare(bad)).isInstanceOf(InvalidIncident.class);
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM proactive_incident").query(Integer.class).single()).isEqualTo(before);
    }

    private long owner(String name, String sku) {
        long id = customers.identify(ContactAddress.email(name + "@voorbeeld.nl"), name, Language.NL).id();
        customers.importOrder(id, new OrderImport("O-" + name, Instant.now().minus(Duration.ofDays(3)), "EUR",
            List.of(new OrderImport.Line(sku, "Kan", 1, new BigDecimal("12.00")))));
        return id;
    }

    private Map<Long, String> statuses(long incidentId) {
        Map<Long, String> statuses = new java.util.HashMap<>();
        jdbc.sql("SELECT customer_id, status FROM proactive_warning WHERE incident_id = ?").param(incidentId)
            .query((rs, row) -> statuses.put(rs.getLong(1), rs.getString(2))).list();
        return statuses;
    }
}
