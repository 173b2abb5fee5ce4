/**
 * Proactive service: complaints grouped by product, contact reason and words; a spike when a group's rate
 * departs from its baseline; an incident a lead confirms, which links the conversations about it, warns the
 * owners of the products before they have to ask, and answers every linked conversation once it is fixed.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "conversation", "conversation::spi", "text",
    "notice", "channel", "insight", "insight::spi", "survey", "privacy", "identity", "knowledge" })
package org.loyaldesk.proactive;

import org.springframework.modulith.ApplicationModule;
