package org.loyaldesk.customer.spi;

/**
 * Something another module knows about a customer (their conversations, their churn risk)
 * that belongs in the customer 360 without the customer module depending on that module.
 */
public interface CustomerFacts {

    /** The name of the section in the customer representation, for example {@code conversations}. */
    String section();

    /** The facts about this customer, ready to be serialised to JSON. */
    Object about(long customerId);
}
