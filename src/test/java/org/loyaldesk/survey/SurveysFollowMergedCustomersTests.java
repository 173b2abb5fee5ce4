package org.loyaldesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@LoyaldeskTest
class SurveysFollowMergedCustomersTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDuplicatesSurveyInvitationsBelongToTheSurvivor() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString();
        Api.Response fromWork = api.inbound("api", "werk-" + run + "@voorbeeld.nl", "Waar blijft mijn bestelling?", null);
        long duplicate = fromWork.id("customerId");
        long surveyed = fromWork.id("conversationId");
        api.post("/api/v1/conversations/" + surveyed + "/status", Map.of("status", "solved"));
        await().atMost(Duration.ofSeconds(20)).until(() -> invitationsOf(duplicate) == 1);
        Api.Response fromHome = api.inbound("api", "thuis-" + run + "@voorbeeld.nl", "Hoe wijzig ik mijn wachtwoord?", null);
        long survivor = fromHome.id("customerId");

        assertThat(api.post("/api/v1/customers/" + survivor + "/merge", Map.of("duplicateId", duplicate)).status())
            .isEqualTo(200);

        assertThat(invitationsOf(duplicate)).isZero();
        assertThat(invitationsOf(survivor)).isEqualTo(1);
    }

    private long invitationsOf(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id = ?").param(customerId)
            .query(Long.class).single();
    }
}
