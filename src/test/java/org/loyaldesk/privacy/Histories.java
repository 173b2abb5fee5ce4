package org.loyaldesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.loyaldesk.Api;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.Surveys;

/**
 * Customers with a history, made the way it happens: a mail comes in, an agent replies and notes
 * something internally, the shop sends the order, the customer answers the survey.
 */
final class Histories {

    static final String PASSWORD = "correct-horse-battery";

    /** One customer's data as it was made: the texts an export must (or must not) hold. */
    record Customer(long id, long conversationId, long messageId, String email, String question, String reply,
                    String note, String orderNumber, String comment) {
    }

    private final int port;
    private final Surveys surveys;
    private final Api admin;
    private final Api agent;

    Histories(int port, Surveys surveys) {
        this.port = port;
        this.surveys = surveys;
        this.admin = new Api(port);
        this.agent = admin.as(agentToken());
    }

    Api admin() {
        return admin;
    }

    Api agent() {
        return agent;
    }

    Customer customer(String firstName, String question) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = firstName.toLowerCase() + "-" + run + "@voorbeeld.nl";
        Api.Response filed = admin.postMail(mail(email, firstName + " Bakker", "Vraag over bestelling KK-" + run,
            question));
        assertThat(filed.status()).isEqualTo(202);
        long conversation = filed.id("conversationId");
        long customer = admin.get("/api/v1/conversations/" + conversation).json().at("/summary/customerId").asLong();
        String reply = "Beste " + firstName + ", we zoeken het uit en laten het u morgen weten (" + run + ").";
        assertThat(agent.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", reply)).status())
            .isEqualTo(201);
        String note = "Intern: " + firstName + " belde al twee keer (" + run + ")";
        assertThat(agent.post("/api/v1/conversations/" + conversation + "/notes", Map.of("text", note)).status())
            .isEqualTo(201);
        String orderNumber = "KK-" + run;
        assertThat(admin.post("/api/v1/customers/" + customer + "/orders", Map.of("orderNumber", orderNumber,
            "orderedAt", "2026-10-01T10:00:00Z", "currency", "EUR", "lines", List.of(Map.of("sku", "KK-ESP-200",
                "name", "Espressomachine Barista 200", "quantity", 1, "amount", "349.00")))).status())
            .isBetween(200, 201);
        String comment = "Snel geholpen, " + firstName + " " + run;
        surveys.importAnswer(conversation, SurveyKind.CES, 6, comment, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return new Customer(customer, conversation, filed.id("messageId"), email, question, reply, note, orderNumber,
            comment);
    }

    /** A person with this role who can log in with {@link #PASSWORD}; returns their email address. */
    String staff(String role) {
        String email = "privacy-" + role.toLowerCase() + "-" + UUID.randomUUID() + "@loyaldesk.test";
        admin.post("/api/v1/agents", Map.of("email", email, "name", "Privacy " + role, "password", PASSWORD,
            "role", role));
        return email;
    }

    static byte[] mail(String from, String name, String subject, String body) {
        String raw = "From: " + name + " <" + from + ">\r\n"
            + "To: Klantenservice <support@loyaldesk.test>\r\n"
            + "Subject: " + subject + "\r\n"
            + "Date: Sat, 21 Nov 2026 10:00:00 +0100\r\n"
            + "Message-ID: <" + UUID.randomUUID() + "@voorbeeld.nl>\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + body + "\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    private String agentToken() {
        String email = "privacy-agent-" + UUID.randomUUID() + "@loyaldesk.test";
        long agentId = new Api(port).post("/api/v1/agents", Map.of("email", email, "name", "Privacy Agent",
            "password", PASSWORD, "role", "AGENT")).id("id");
        return new Api(port).post("/api/v1/tokens", Map.of("name", "Privacy test", "role", "AGENT", "agentId", agentId))
            .json().get("secret").asString();
    }
}
