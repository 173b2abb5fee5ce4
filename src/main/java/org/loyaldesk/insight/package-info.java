/**
 * Where loyalty is won and lost: signals per message, peak-end, effort and first-contact resolution
 * per conversation, churn risk per customer, service recovery, and the dashboards that show them.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "customer", "customer::spi", "conversation",
    "conversation::spi", "text", "survey", "knowledge" })
package org.loyaldesk.insight;

import org.springframework.modulith.ApplicationModule;
