package org.loyaldesk.proactive;

/** What a lead's open page shows when a spike is raised: what it is about, how many complaints, their words. */
record SpikeAlert(long spikeId, String kind, String label, int contacts, String words) {
}
