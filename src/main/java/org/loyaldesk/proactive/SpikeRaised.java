package org.loyaldesk.proactive;

/** Complaints about one thing came in faster than they ever do at this hour. */
public record SpikeRaised(long spikeId, String groupKey, int contacts) {
}
