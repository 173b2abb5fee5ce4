package org.loyaldesk.survey;

import org.loyaldesk.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey invitations (and answers) of a duplicate customer record move to the survivor in the
 * merge's own transaction: the person is asked no more often than the quiet days allow, and their
 * answers count for them.
 */
@Component
class SurveysFollowMergedCustomers {

    private final JdbcClient jdbc;

    SurveysFollowMergedCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomersMerged merged) {
        jdbc.sql("UPDATE survey_invitation SET customer_id = ? WHERE customer_id = ?")
            .params(merged.survivorId(), merged.duplicateId()).update();
    }
}
