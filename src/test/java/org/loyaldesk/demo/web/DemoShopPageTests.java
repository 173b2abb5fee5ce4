package org.loyaldesk.demo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo shop opens without a login, carries the widget and speaks the visitor's language. */
@LoyaldeskTest
class DemoShopPageTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theShopOpensWithoutALoginWithTheWidgetInTheChosenLanguage() throws Exception {
        HttpResponse<String> dutch = get("/demo/shop?lang=nl", "en-GB");

        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body()).contains("<html lang=\"nl\"", "<script src=\"/widget.js\" async", "In winkelwagen", "349,00");
    }

    @Test
    void withoutAChoiceTheShopSpeaksTheBrowsersLanguage() throws Exception {
        assertThat(get("/demo/shop", "nl-NL,nl;q=0.9").body()).contains("<html lang=\"nl\"", "Populair deze week");
        HttpResponse<String> english = get("/demo/shop", "en-GB,en;q=0.9");
        assertThat(english.body()).contains("<html lang=\"en\"", "Add to basket", "349.00").doesNotContain("In winkelwagen");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
    }
}
