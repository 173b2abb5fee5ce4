/**
 * The knowledge base and help centre: articles in Dutch and English (versions, translations,
 * categories), their own Lucene index, the public help centre, article suggestions beside a
 * conversation, and the measure of self-service (deflection, content gaps).
 */
@ApplicationModule(allowedDependencies = { "platform", "text", "identity", "customer", "conversation",
    "conversation::spi", "channel" })
package org.loyaldesk.knowledge;

import org.springframework.modulith.ApplicationModule;
