package org.loyaldesk.text.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class TextAnalysisApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAngryDutchComplaintIsReadAsAngryWithTheWordsThatSayIt() {
        Api.Response response = api.post("/api/v1/text/analyze", Map.of("text",
            "Dit is echt BELACHELIJK!!! Mijn bestelling is nog steeds niet aangekomen.\n\nMet vriendelijke groet,\nJan"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("language").asString()).isEqualTo("nl");
        assertThat(body.get("sentiment").asDouble()).isNegative();
        assertThat(body.get("anger").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(body.at("/contactReason/reason").asString()).isNotBlank();
        assertThat(body.at("/explanation/anger").findValuesAsString("term")).contains("belachelijk");
        assertThat(body.at("/explanation/signatureLeftOut").asBoolean()).isTrue();
    }

    @Test
    void theLanguageHintDecidesAShortText() {
        Api.Response response = api.post("/api/v1/text/analyze", Map.of("text", "Ok 👍", "language", "nl"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("language").asString()).isEqualTo("nl");
        assertThat(response.json().get("sentiment").asDouble()).isPositive();
    }

    @Test
    void aRequestWithoutTextIsRefused() {
        Api.Response response = api.post("/api/v1/text/analyze", Map.of("language", "en"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("text");
    }

    @Test
    void withoutATokenNothingIsAnalysed() {
        assertThat(api.as(null).post("/api/v1/text/analyze", Map.of("text", "hello")).status()).isEqualTo(401);
    }
}
