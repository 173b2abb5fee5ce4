/**
 * The customer's data, handed over (GDPR access and portability): everything Loyaldesk holds about one
 * customer, gathered from the other modules, as JSON and as a readable page, for the customer or the team;
 * and taken away (erasure, and the retention period after which conversations are erased).
 * It owns no tables; its root package is the API the portal uses.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "conversation", "survey", "insight",
    "channel::email", "knowledge" })
package org.loyaldesk.privacy;

import org.springframework.modulith.ApplicationModule;
