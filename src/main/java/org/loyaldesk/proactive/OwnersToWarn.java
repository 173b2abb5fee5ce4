package org.loyaldesk.proactive;

/** A lead asked to warn the owners of an incident's products; the warning runs after the commit. */
public record OwnersToWarn(long incidentId) {
}
