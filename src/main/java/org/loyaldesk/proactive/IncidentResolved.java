package org.loyaldesk.proactive;

/** What was broken is fixed: every linked conversation is being answered and solved. */
public record IncidentResolved(long incidentId) {
}
