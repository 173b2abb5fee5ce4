package org.loyaldesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@LoyaldeskTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesTheApiWithoutAToken() {
        Api.Response docs = new Api(port).as(null).get("/api/docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/messages/inbound")).isTrue();
        assertThat(paths.has("/api/v1/conversations/{id}/replies")).isTrue();
        assertThat(paths.has("/api/v1/customers/{id}/merge")).isTrue();
        assertThat(paths.has("/api/v1/customers/{id}/duplicates")).isTrue();
        assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }
}
