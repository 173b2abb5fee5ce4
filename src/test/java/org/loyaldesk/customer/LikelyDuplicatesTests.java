package org.loyaldesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The 360 suggests records that are probably the same person: the same name and a phone number or email domain. */
@LoyaldeskTest
class LikelyDuplicatesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Api api;
    String surname;
    String domain;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // one surname and domain per test: the application and its database are shared by every test
        surname = "Dijk" + letters(8);
        // an underscore matches any character in LIKE: a domain with one must match only itself
        domain = "bakkerij_" + letters(8) + ".nl";
    }

    @Test
    void theSameNameAndPhoneNumberWrittenAnotherWayIsSuggested() {
        String mobile = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long byPhone = customer("José van " + surname, Map.of("phone", "06-" + mobile), "phone");
        // "+31 (0)6" keeps its zero when stored, so this is a second record of the same number
        long onWhatsApp = customer("  jose VAN  " + surname.toLowerCase(), Map.of("phone", "+31 (0)6 " + mobile), "whatsapp");

        assertThat(byPhone).isNotEqualTo(onWhatsApp);
        JsonNode suggested = duplicates(byPhone);
        assertThat(suggested).hasSize(1);
        assertThat(suggested.at("/0/customer/id").asLong()).isEqualTo(onWhatsApp);
        assertThat(suggested.at("/0/reason").asString()).isEqualTo("same_name_and_phone");
        assertThat(suggested.at("/0/address").asString()).isEqualTo("+3106" + mobile);
        assertThat(duplicates(onWhatsApp).findValuesAsString("reason")).containsExactly("same_name_and_phone");
    }

    @Test
    void theSameNameAndEmailDomainIsSuggestedButNotTheSameNameOrTheSameDomainAlone() {
        String name = "Marieke " + surname;
        long atWork = customer(name, Map.of("email", "marieke@" + domain), "email");
        long colleague = customer("Marieke " + surname + " Jr", Map.of("email", "mj@" + domain), "email");
        long sameNameElsewhere = customer(name, Map.of("email", "marieke@thuis-" + domain), "email");
        long lookalikeDomain = customer(name, Map.of("email", "marieke@" + domain.replace('_', 'x')), "email");
        long atWorkAgain = customer(name, Map.of("email", "m." + surname.toLowerCase() + "@" + domain), "api");

        JsonNode suggested = duplicates(atWork);

        assertThat(ids(suggested)).containsExactly(atWorkAgain)
            .doesNotContain(atWork, colleague, sameNameElsewhere, lookalikeDomain);
        assertThat(suggested.at("/0/reason").asString()).isEqualTo("same_name_and_email_domain");
        assertThat(suggested.at("/0/emailDomain").asString()).isEqualTo(domain.toLowerCase());
        assertThat(suggested.at("/0/address").asString()).isEqualTo("m." + surname.toLowerCase() + "@" + domain.toLowerCase());
        assertThat(duplicates(colleague)).isEmpty();
    }

    @Test
    void aMergedRecordIsNotSuggestedButTheOneItWasMergedIntoIs() {
        String name = "Sanne " + surname;
        long customer = customer(name, Map.of("email", "sanne@" + domain), "email");
        long survivor = customer(name, Map.of("email", "sanne@prive-" + domain), "email");
        long mergedAway = customer(name, Map.of("email", "s@" + domain), "email");
        assertThat(ids(duplicates(customer))).containsExactly(mergedAway);

        assertThat(api.post("/api/v1/customers/" + survivor + "/merge", Map.of("duplicateId", mergedAway)).status())
            .isEqualTo(200);

        assertThat(ids(duplicates(customer))).containsExactly(survivor);
    }

    @Test
    void anErasedRecordIsNotSuggested() {
        String mobile = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long customer = customer("Pieter " + surname, Map.of("phone", "06" + mobile), "phone");
        long erased = customer("Pieter " + surname, Map.of("phone", "0031 (0)6 " + mobile), "whatsapp");
        assertThat(ids(duplicates(customer))).containsExactly(erased);

        assertThat(api.post("/api/v1/customers/" + erased + "/erasure", Map.of()).status()).isEqualTo(200);

        assertThat(duplicates(customer)).isEmpty();
        assertThat(duplicates(erased)).isEmpty();
    }

    @Test
    void mergingASuggestionMovesItsConversationsAndTheSuggestionIsGone() {
        String name = "Fatima " + surname;
        long customer = customer(name, Map.of("email", "fatima@" + domain), "email");
        long duplicate = customer(name, Map.of("email", "f." + surname.toLowerCase() + "@" + domain), "whatsapp");
        assertThat(ids(duplicates(customer))).containsExactly(duplicate);

        api.post("/api/v1/customers/" + customer + "/merge", Map.of("duplicateId", duplicate));

        assertThat(duplicates(customer)).isEmpty();
        assertThat(api.get("/api/v1/customers/" + customer).json().get("conversations").findValuesAsString("channel"))
            .containsExactlyInAnyOrder("email", "whatsapp");
    }

    @Test
    void recordsKeptBeforeThisFeatureAreComparedOnceTheMigrationFillsInTheirKeys() throws SQLException {
        String mobile = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = "Anna " + surname;
        long customer = customer(name, Map.of("phone", "06" + mobile), "phone");
        long duplicate = customer(name, Map.of("phone", "+31 (0)6 " + mobile), "phone");
        jdbc.sql("UPDATE customer_customer SET name_key = NULL WHERE id IN (:ids)")
            .param("ids", List.of(customer, duplicate)).update();
        jdbc.sql("UPDATE customer_contact_point SET phone_key = NULL WHERE customer_id IN (:ids)")
            .param("ids", List.of(customer, duplicate)).update();
        assertThat(duplicates(customer)).isEmpty();

        try (Connection connection = dataSource.getConnection()) {
            DuplicateKeysMigration.fillKeys(connection);
        }

        assertThat(ids(duplicates(customer))).containsExactly(duplicate);
    }

    @Test
    void anUnknownCustomerHasNoDuplicatesToShow() {
        assertThat(api.get("/api/v1/customers/987654321/duplicates").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/987654321/duplicates").json().get("detail").asString()).contains("987654321");
        assertThat(api.get("/api/v1/customers/twelve/duplicates").status()).isEqualTo(400);
    }

    private long customer(String name, Map<String, String> from, String channel) {
        Map<String, String> sender = new HashMap<>(from);
        sender.put("name", name);
        Api.Response filed = api.post("/api/v1/messages/inbound", Map.of("channel", channel, "from", sender,
            "text", "Hallo, een vraag over mijn bestelling"));
        assertThat(filed.status()).as("%s", filed).isLessThan(300);
        return filed.id("customerId");
    }

    private JsonNode duplicates(long customer) {
        Api.Response answer = api.get("/api/v1/customers/" + customer + "/duplicates");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private static List<Long> ids(JsonNode suggestions) {
        return suggestions.findValues("customer").stream().map(customer -> customer.get("id").asLong()).toList();
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom.current().ints(count, 'a', 'z' + 1).forEach(letter -> letters.append((char) letter));
        return letters.substring(0, 1).toUpperCase() + letters.substring(1);
    }
}
