package org.loyaldesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A burst of first-time senders (a newsletter answered by hundreds, one customer whose mail
 * program sends the same complaint again and again) arrives at once through the mail pipe and
 * the inbound API. Every delivery is accepted, every sender becomes exactly one customer and
 * every mail is stored once. On H2 the database is a file on disk, as in production, so that
 * lock waits are as long as a real installation's.
 */
@LoyaldeskTest
@TestPropertySource(properties = "loyaldesk.test.h2-on-disk=true")
class NewSendersAtOnceTests {

    private static final int CONCURRENCY = 16;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String run;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fiveHundredNewSendersAtOnceAreFiveHundredCustomersWithOneMailEach() throws Exception {
        List<Integer> statuses = deliverAtOnce(500, i -> Mails.from("nieuw-" + i + "-" + run + "@voorbeeld.nl")
            .subject("Vraag " + i).bytes());

        assertThat(statuses).hasSize(500).allMatch(status -> status == 202);
        for (int i = 0; i < 500; i += 50) {
            String address = "nieuw-" + i + "-" + run + "@voorbeeld.nl";
            assertThat(customersWith(address)).as(address).isEqualTo(1);
            assertThat(mailsFrom(address)).as(address).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_contact_point WHERE address LIKE ?")
            .param("nieuw-%-" + run + "@voorbeeld.nl").query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_mail WHERE direction = 'INBOUND' AND from_address LIKE ?")
            .param("nieuw-%-" + run + "@voorbeeld.nl").query(Long.class).single()).isEqualTo(500);
    }

    @Test
    void twoHundredMailsFromOneNewSenderAtOnceAreOneCustomer() throws Exception {
        String address = "herhaler-" + run + "@voorbeeld.nl";
        // some mail programs send the name, some only the address: the name is learned on the way
        List<Integer> statuses = deliverAtOnce(200, i -> Mails.from(address)
            .header("From", i % 3 == 0 ? address : "Herman Haler <" + address + ">")
            .subject("Nog steeds geen antwoord " + i).bytes());

        assertThat(statuses).hasSize(200).allMatch(status -> status == 202);
        assertThat(customersWith(address)).isEqualTo(1);
        assertThat(mailsFrom(address)).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT c.name FROM customer_customer c JOIN customer_contact_point p ON p.customer_id = c.id
                WHERE p.address = ?""").param(address).query(String.class).single()).isEqualTo("Herman Haler");
    }

    @Test
    void largeMailsFromOneNewSenderAtOnceAreAllStored() throws Exception {
        String address = "bijlagen-" + run + "@voorbeeld.nl";
        byte[] photo = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(photo);
        String encoded = Base64.getMimeEncoder().encodeToString(photo);

        List<Integer> statuses = deliverAtOnce(48, i -> Mails.from(address).subject("Foto van de schade " + i)
            .header("Content-Type", "multipart/mixed; boundary=\"grens\"")
            .body("--grens\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nZie de foto.\r\n"
                + "--grens\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"schade-" + i + ".jpg\"\r\n\r\n" + encoded
                + "\r\n--grens--").bytes());

        assertThat(statuses).hasSize(48).allMatch(status -> status == 202);
        assertThat(customersWith(address)).isEqualTo(1);
        assertThat(mailsFrom(address)).isEqualTo(48);
    }

    @Test
    void oneNewSenderOnTheApiWithEmailAndPhoneAtOnceIsOneCustomerWithBoth() throws Exception {
        String email = "beller-" + run + "@voorbeeld.nl";
        String phone = "+3161" + Math.abs(run.hashCode() % 10_000_000);
        List<Integer> statuses = atOnce(200, i -> api.post("/api/v1/messages/inbound", Map.of("channel", "whatsapp",
            "from", Map.of("email", email, "phone", phone, "name", "Bea Beller"),
            "text", "Bericht " + i, "externalId", run + "-" + i)).status());

        assertThat(statuses).hasSize(200).allMatch(status -> status == 201 || status == 202);
        assertThat(customersWith(email)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT p.customer_id) FROM customer_contact_point p
                WHERE p.address IN (?, ?)""").params(email, phone).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE external_id LIKE ?")
            .param(run + "-%").query(Long.class).single()).isEqualTo(200);
    }

    private List<Integer> deliverAtOnce(int count, IntFunction<byte[]> mail) throws Exception {
        return atOnce(count, i -> api.postMail(mail.apply(i)).status());
    }

    private static List<Integer> atOnce(int count, IntFunction<Integer> delivery) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> delivery.apply(n)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }

    private long customersWith(String address) {
        return jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM customer_contact_point WHERE address = ?")
            .param(address).query(Long.class).single();
    }

    private long mailsFrom(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_mail WHERE direction = 'INBOUND' AND from_address = ?")
            .param(address).query(Long.class).single();
    }
}
