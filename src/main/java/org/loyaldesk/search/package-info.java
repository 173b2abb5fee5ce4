/**
 * Search across conversations: a Lucene index on local disk that follows the conversation events,
 * with Dutch and English analysis per message, and the search box, page and API over it.
 */
@ApplicationModule(allowedDependencies = { "platform", "conversation", "customer", "identity", "text" })
package org.loyaldesk.search;

import org.springframework.modulith.ApplicationModule;
