package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer message is read once, wherever it is now: after a merge moved it into another
 * conversation, news of it under that conversation finds it read, instead of failing on the
 * reading that is already there.
 */
@LoyaldeskTest
class MessageReadOnceTests {

    @LocalServerPort
    int port;

    @Autowired
    ConversationScoring scoring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageMovedByAMergeIsNotReadAgain() {
        Api api = new Api(port);
        String email = "samen-" + UUID.randomUUID() + "@voorbeeld.nl";
        Api.Response first = api.inbound("chat", email, "Bestelling KK-9101 is niet bezorgd, belachelijk!", null);
        long messageId = first.id("messageId");
        long other = api.inbound("whatsapp", email, "Bestelling KK-9102 is kapot.", null).id("conversationId");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
            "SELECT COUNT(*) FROM insight_message_signal WHERE message_id = ?").param(messageId).query(Long.class).single() == 1);

        assertThat(scoring.scoreCustomerMessage(other, messageId)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM insight_message_signal WHERE message_id = ?").param(messageId)
            .query(Long.class).single()).isOne();
    }
}
