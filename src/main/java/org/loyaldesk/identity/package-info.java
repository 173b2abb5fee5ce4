/**
 * Who works in Loyaldesk and how they prove it: agents with roles and teams, API tokens for
 * integrations, the login page and the security rules.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.loyaldesk.identity;

import org.springframework.modulith.ApplicationModule;
