package org.loyaldesk.customer.spi;

import java.util.List;
import java.util.Map;

import org.loyaldesk.customer.ContactAddress;

/**
 * What another module knows is wrong with a customer's contact addresses (mail to this address
 * bounces), shown beside the address in the customer 360 so that an agent picks another way to
 * reach the customer. The customer module does not depend on the module that knows.
 */
public interface ContactWarnings {

    /** For those of the addresses this module knows a problem with: what is wrong. */
    Map<ContactAddress, ContactWarning> about(List<ContactAddress> addresses);
}
