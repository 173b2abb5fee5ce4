package org.loyaldesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.conversation.ConversationErasure;
import org.loyaldesk.platform.InstanceSettings;
import org.loyaldesk.survey.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With a retention period, conversations finished longer ago lose their texts; newer ones stay whole. */
@LoyaldeskTest
class RetentionTests {

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationErasure conversations;

    @Autowired
    CustomerErasing erasing;

    @Autowired
    InstanceSettings instance;

    @Test
    void aConversationSolvedLongerAgoThanTheRetentionPeriodIsErasedOnceADayAndANewerOneStays() {
        Histories histories = new Histories(port, surveys);
        Api admin = histories.admin();
        Histories.Customer old = histories.customer("Anouk", "Mijn oude vraag over de melkopschuimer");
        Histories.Customer recent = histories.customer("Bram", "Mijn nieuwe vraag over de bonenmaler");
        for (long conversation : new long[] { old.conversationId(), recent.conversationId() }) {
            assertThat(admin.post("/api/v1/conversations/" + conversation + "/status", Map.of("status", "solved"))
                .status()).isEqualTo(200);
        }
        // today, not a date years ahead: the context is shared, and other tests' conversations must stay
        Instant now = Instant.now();
        jdbc.sql("UPDATE conversation_conversation SET solved_at = ? WHERE id = ?")
            .params(OffsetDateTime.ofInstant(now.minus(400, ChronoUnit.DAYS), ZoneOffset.UTC), old.conversationId()).update();
        jdbc.sql("UPDATE conversation_conversation SET solved_at = ? WHERE id = ?")
            .params(OffsetDateTime.ofInstant(now.minus(30, ChronoUnit.DAYS), ZoneOffset.UTC), recent.conversationId())
            .update();
        jdbc.sql("DELETE FROM platform_setting WHERE name = ?").param(Retention.CLAIM).update();
        Retention retention = new Retention(new PrivacySettings(Period.ofMonths(12)), conversations, erasing, instance,
            Clock.systemUTC());

        int erased = retention.run(now);

        assertThat(erased).isGreaterThanOrEqualTo(1);
        String oldOne = admin.get("/api/v1/conversations/" + old.conversationId()).body();
        assertThat(oldOne).contains(ConversationErasure.ERASED).doesNotContain("melkopschuimer")
            .doesNotContain(old.reply()).doesNotContain(old.note());
        assertThat(admin.get("/api/v1/messages/" + old.messageId() + "/raw").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/customers/" + old.id()).body()).as("retention keeps the customer")
            .contains(old.email());
        String recentOne = admin.get("/api/v1/conversations/" + recent.conversationId()).body();
        assertThat(recentOne).contains("bonenmaler").contains(recent.note());
        assertThat(admin.get("/api/v1/messages/" + recent.messageId() + "/raw").status()).isEqualTo(200);

        jdbc.sql("UPDATE conversation_conversation SET solved_at = ? WHERE id = ?")
            .params(OffsetDateTime.ofInstant(now.minus(500, ChronoUnit.DAYS), ZoneOffset.UTC), recent.conversationId())
            .update();
        assertThat(retention.run(now.plus(1, ChronoUnit.HOURS))).as("another node, the same day").isZero();
        assertThat(admin.get("/api/v1/conversations/" + recent.conversationId()).body()).contains("bonenmaler");
        assertThat(retention.run(now.plus(1, ChronoUnit.DAYS))).as("the next day").isGreaterThanOrEqualTo(1);
        assertThat(admin.get("/api/v1/conversations/" + recent.conversationId()).body()).doesNotContain("bonenmaler");
    }

    @Test
    void withoutARetentionPeriodNothingIsErased() {
        Retention forever = new Retention(new PrivacySettings(Period.ZERO), conversations, erasing, instance,
            Clock.systemUTC());

        jdbc.sql("DELETE FROM platform_setting WHERE name = ?").param(Retention.CLAIM).update();

        assertThat(forever.run(Instant.now())).isZero();
    }
}
