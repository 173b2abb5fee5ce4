package org.loyaldesk.conversation;

import org.loyaldesk.customer.spi.CustomerFacts;
import org.springframework.stereotype.Component;

/** Contributes the customer's conversations to the customer 360. */
@Component
class CustomerConversations implements CustomerFacts {

    private final ConversationQueries queries;

    CustomerConversations(ConversationQueries queries) {
        this.queries = queries;
    }

    @Override
    public String section() {
        return "conversations";
    }

    @Override
    public Object about(long customerId) {
        return queries.ofCustomer(customerId, 100);
    }
}
