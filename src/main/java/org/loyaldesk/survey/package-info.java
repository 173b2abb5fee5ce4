/**
 * Asking customers: one question after a conversation is solved (CES or CSAT), NPS now and then,
 * answered through a signed one-click link without logging in.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "conversation", "channel", "channel::spi", "text" })
package org.loyaldesk.survey;

import org.springframework.modulith.ApplicationModule;
