/**
 * How messages travel: inbound from every channel (API connectors and phone logs here; email
 * and chat in their own sub-packages) into conversations, and replies out again.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "customer::spi", "conversation", "conversation::spi" })
package org.loyaldesk.channel;

import org.springframework.modulith.ApplicationModule;
