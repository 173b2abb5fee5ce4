package org.loyaldesk.insight.spi;

import java.time.Instant;

import org.loyaldesk.insight.Dashboard;

/**
 * A table another module adds to the Coaching dashboard (hand-overs that bounced back, from automation), shown
 * after insight's own tables and exported like them. Its key names the heading ({@code insight.table.<key>}).
 */
public interface CoachingTables {

    Dashboard.Table table(Instant from);
}
