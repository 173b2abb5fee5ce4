package org.loyaldesk.proactive;

import java.util.Set;

/** A lead confirmed that something is broken for the owners of these products. */
public record IncidentDeclared(long incidentId, Set<String> skus, Long spikeId) {
}
