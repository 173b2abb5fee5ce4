/**
 * Demo data for a first start: a Dutch coffee-and-kitchen webshop with agents, customers,
 * orders and a realistic history of conversations, so every screen has something to show.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "customer", "conversation", "channel", "knowledge",
    "channel::email", "insight", "survey" })
package org.loyaldesk.demo;

import org.springframework.modulith.ApplicationModule;
