package org.loyaldesk.proactive;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.loyaldesk.customer.ProductOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far an incident got: owners warned and why some were not, conversations linked and answered. */
@Service
@Transactional(readOnly = true)
public class IncidentReports {

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final ProductOwners owners;

    IncidentReports(JdbcClient jdbc, Incidents incidents, ProductOwners owners) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.owners = owners;
    }

    public IncidentReach reach(Incident incident) {
        Map<String, Long> warnings = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM proactive_warning WHERE incident_id = ? GROUP BY status ORDER BY status")
            .param(incident.id()).query(rs -> {
                warnings.put(rs.getString(1).toLowerCase(Locale.ROOT).replace('_', '-'), rs.getLong(2));
            });
        Map<String, Long> links = incidents.linkCounts(incident.id());
        return new IncidentReach(owners.count(incident.skus()), warnings, links.get("linked"), links.get("answered"));
    }
}
