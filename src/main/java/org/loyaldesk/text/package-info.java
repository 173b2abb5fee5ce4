/**
 * Text analysis for Dutch and English customer messages: language, what the customer wrote now,
 * sentiment, anger and contact reason, each with the words that drove it; plain classes, no Spring needed.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.loyaldesk.text;

import org.springframework.modulith.ApplicationModule;
