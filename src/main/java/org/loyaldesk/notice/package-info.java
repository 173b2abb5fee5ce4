/**
 * Service notices: what the team tells customers before they have to ask (an outage, a delayed
 * delivery, a product recall), addressed to everyone or to the customers of certain products.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer" })
package org.loyaldesk.notice;

import org.springframework.modulith.ApplicationModule;
