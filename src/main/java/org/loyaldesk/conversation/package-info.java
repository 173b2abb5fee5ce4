/**
 * The conversation: one customer issue across every channel, its timeline of messages, notes
 * and transfers, its status, assignment and priority; the agent workspace to work it.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "customer::spi", "identity", "text" })
package org.loyaldesk.conversation;

import org.springframework.modulith.ApplicationModule;
