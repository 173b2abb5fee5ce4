package org.loyaldesk.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.loyaldesk.conversation.MessageReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A customer wrote to us on any channel: for each help-centre visitor known to be that customer
 * and active in the last 24 hours, the help centre did not spare this contact.
 */
@Component
class ContactsAfterVisits {

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactsAfterVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(MessageReceived event) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO knowledge_contact (visitor, happened_at) SELECT v.visitor, ? FROM knowledge_visitor v "
                + "WHERE v.customer_id = ? AND EXISTS (SELECT 1 FROM knowledge_activity a WHERE a.visitor = v.visitor "
                + "AND a.happened_at >= ?)")
            .params(now.atOffset(ZoneOffset.UTC), event.customerId(),
                now.minus(SelfServiceReport.WINDOW).atOffset(ZoneOffset.UTC))
            .update();
    }
}
