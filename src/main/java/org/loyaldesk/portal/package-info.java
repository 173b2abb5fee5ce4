/**
 * The customer portal: customers sign in by a link sent to their email address, follow and answer
 * their own conversations, start a request that suggests help-centre articles first, see the
 * service notices that concern them, answer surveys and download their data. A web layer for
 * customers over the other modules: it owns no core data, only its sign-in links.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "conversation", "conversation::spi", "channel", "channel::spi",
    "knowledge", "survey", "notice", "privacy" })
package org.loyaldesk.portal;

import org.springframework.modulith.ApplicationModule;
