/**
 * Automation: what happens to a conversation without an agent doing it. The contact reason set on arrival,
 * routing to the right team and agent, SLA targets on business hours, macros (canned replies with actions)
 * and rules that act on events and on time. Each part is its own sub-package; every decision it takes is
 * explained in the conversation's timeline.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "customer", "customer::spi", "conversation",
    "conversation::spi", "text", "knowledge", "insight",
    "insight::spi" })
package org.loyaldesk.automation;

import org.springframework.modulith.ApplicationModule;
