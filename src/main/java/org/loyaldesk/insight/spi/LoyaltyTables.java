package org.loyaldesk.insight.spi;

import java.time.Instant;

import org.loyaldesk.insight.Dashboard;

/**
 * A table another module adds to the Loyalty dashboard (what warning owners before they asked did, from proactive
 * service), shown before the conversation list and exported like insight's own. Its key names the heading
 * ({@code insight.table.<key>}).
 */
public interface LoyaltyTables {

    Dashboard.Table table(Instant from);
}
