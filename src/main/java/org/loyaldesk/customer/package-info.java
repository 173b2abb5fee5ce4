/**
 * Who the customers are, however they reach us: one customer with many contact points
 * (email addresses, phones, chat visitors, external handles), their orders and products,
 * and merging two records of the same person.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.loyaldesk.customer;

import org.springframework.modulith.ApplicationModule;
