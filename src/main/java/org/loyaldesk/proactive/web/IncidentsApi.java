package org.loyaldesk.proactive.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.loyaldesk.proactive.Incident;
import org.loyaldesk.proactive.IncidentInput;
import org.loyaldesk.proactive.IncidentReach;
import org.loyaldesk.proactive.IncidentReports;
import org.loyaldesk.proactive.Incidents;
import org.loyaldesk.proactive.ResolutionInput;
import org.loyaldesk.proactive.Spike;
import org.loyaldesk.proactive.Spikes;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Spikes and incidents over REST: any token reads them, team leads declare, warn, resolve and dismiss. */
@RestController
@Tag(name = "Proactive service")
class IncidentsApi {

    private final Spikes spikes;
    private final Incidents incidents;
    private final IncidentReports reports;

    IncidentsApi(Spikes spikes, Incidents incidents, IncidentReports reports) {
        this.spikes = spikes;
        this.incidents = incidents;
        this.reports = reports;
    }

    /** A spike with the conversations behind it, the latest first. */
    record SpikeView(Spike spike, List<Long> conversationIds) {
    }

    /** An incident with who it reached. */
    record IncidentView(Incident incident, IncidentReach reach) {
    }

    @Operation(summary = "List spikes, open ones first")
    @GetMapping("/api/v1/spikes")
    List<Spike> spikes(@RequestParam(defaultValue = "100") int limit) {
        return spikes.recent(checkedLimit(limit));
    }

    @GetMapping("/api/v1/spikes/{id}")
    SpikeView spike(@PathVariable long id) {
        return new SpikeView(spikes.get(id), spikes.conversations(id, 500));
    }

    @Operation(summary = "Dismiss a spike (team lead)", description = "It is not an incident. A confirmed spike "
        + "cannot be dismissed (409); dismissing again changes nothing.")
    @PostMapping("/api/v1/spikes/{id}/dismiss")
    @PreAuthorize("hasRole('LEAD')")
    Spike dismiss(@PathVariable long id) {
        return spikes.dismiss(id);
    }

    @Operation(summary = "List incidents, open ones first")
    @GetMapping("/api/v1/incidents")
    List<Incident> incidents(@RequestParam(defaultValue = "100") int limit) {
        return incidents.recent(checkedLimit(limit));
    }

    @GetMapping("/api/v1/incidents/{id}")
    IncidentView incident(@PathVariable long id) {
        Incident incident = incidents.get(id);
        return new IncidentView(incident, reports.reach(incident));
    }

    @Operation(summary = "Declare an incident (team lead)", description = "From a spike (spikeId) or by hand. Open "
        + "conversations that match (a customer who owns or names one of the products and uses one of the words) "
        + "are linked, and so is every new one; the owners see the notice in the portal and the chat widget at once. "
        + "Without words the spike's words are used. A spike confirmed or dismissed before: 409.")
    @PostMapping("/api/v1/incidents")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<IncidentView> declare(@RequestBody IncidentInput input) {
        Incident incident = incidents.declare(input);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
            .body(new IncidentView(incident, reports.reach(incident)));
    }

    @Operation(summary = "Warn the owners by email (team lead)", description = "Every owner of the products who has "
        + "not written since the first complaint, has not opted out and has an email address gets the notice once, "
        + "in their language; asking again warns only owners not warned before. Runs in the background: read the "
        + "incident for the counts. A resolved incident: 409.")
    @PostMapping("/api/v1/incidents/{id}/warn")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<IncidentView> warn(@PathVariable long id) {
        Incident incident = incidents.warn(id);
        return ResponseEntity.accepted().body(new IncidentView(incident, reports.reach(incident)));
    }

    @Operation(summary = "Resolve an incident (team lead)", description = "The notice comes down; every linked "
        + "conversation gets the resolution in its customer's language, is solved and records the fix as proof of "
        + "improvement (in the background). fixLink is required. Resolving again: 409, nothing is sent twice.")
    @PostMapping("/api/v1/incidents/{id}/resolve")
    @PreAuthorize("hasRole('LEAD')")
    ResponseEntity<IncidentView> resolve(@PathVariable long id, @RequestBody ResolutionInput input) {
        Incident incident = incidents.resolve(id, input);
        return ResponseEntity.accepted().body(new IncidentView(incident, reports.reach(incident)));
    }

    @Operation(summary = "The conversations linked to an incident, the latest first")
    @GetMapping("/api/v1/incidents/{id}/conversations")
    List<Incidents.LinkedConversation> linked(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        incidents.get(id);
        return incidents.linked(id, checkedLimit(limit));
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit is between 1 and 500");
        }
        return limit;
    }
}
