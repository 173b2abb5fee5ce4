package org.loyaldesk.proactive;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Links once more after a declaration has committed: a complaint recorded while the declaration was being written
 * saw no open incident yet and was not there for the declaration's own pass. Every complaint recorded later finds
 * the incident as it arrives, so between the two passes none is missed; linking twice changes nothing.
 */
@Component
class LinksAfterDeclaration {

    private final Incidents incidents;
    private final Spikes spikes;
    private final IncidentLinks links;

    LinksAfterDeclaration(Incidents incidents, Spikes spikes, IncidentLinks links) {
        this.incidents = incidents;
        this.spikes = spikes;
        this.links = links;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IncidentDeclared event) {
        List<Long> behindSpike = event.spikeId() == null ? List.of()
            : spikes.conversations(event.spikeId(), Incidents.SPIKE_CONVERSATIONS);
        incidents.find(event.incidentId()).filter(Incident::isOpen)
            .ifPresent(incident -> links.linkOpen(incident, behindSpike));
    }
}
