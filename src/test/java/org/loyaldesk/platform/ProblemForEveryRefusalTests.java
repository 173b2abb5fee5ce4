package org.loyaldesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whoever refuses an API request (Tomcat before the application runs, the security firewall, the
 * size limit), the integrator gets an RFC 9457 problem, never an HTML page or Spring's own JSON.
 * Requests are written byte for byte on a socket, as a hostile client would, since a well-behaved
 * HTTP client refuses to send most of them.
 */
@LoyaldeskTest
class ProblemForEveryRefusalTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
            Arguments.of("a NUL in the path", "GET /api/v1/conversations/%00 HTTP/1.1\r\n"),
            Arguments.of("an encoded dot-dot segment", "PUT /api/v1/conversations/1/tags/%2e%2e HTTP/1.1\r\n"),
            Arguments.of("an encoded slash", "GET /api/v1/conversations/1%2f2 HTTP/1.1\r\n"),
            Arguments.of("a 10,000-character query value", "GET /api/v1/conversations?tag=" + "a".repeat(10_000) + " HTTP/1.1\r\n"),
            Arguments.of("a NUL in a header", "GET /api/v1/conversations HTTP/1.1\r\nX-Note: a\u0000b\r\n"),
            Arguments.of("a control character in a header", "GET /api/v1/conversations HTTP/1.1\r\nX-Note: a\u0001b\r\n"),
            Arguments.of("a header without a colon", "GET /api/v1/conversations HTTP/1.1\r\nNot a header\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedApiRequestAnswersAProblem(String name, String requestHead) throws IOException {
        String answer = raw(requestHead + "Host: localhost\r\nAuthorization: Bearer " + Api.BOOTSTRAP_TOKEN
            + "\r\nConnection: close\r\n\r\n");

        String head = answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0)).toLowerCase(Locale.ROOT);
        assertThat(head).as(answer).startsWith("http/1.1 4");
        assertThat(head).as(answer).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":4");
    }

    @Test
    void aChunkedBodyOverTheLimitAnswersContentTooLarge() {
        byte[] body = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        Api.Response answer = api.send(api.builder("/api/v1/teams").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).hasValue("application/problem+json");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
