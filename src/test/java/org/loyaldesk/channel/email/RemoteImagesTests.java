package org.loyaldesk.channel.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Show images" on a customer's HTML mail: the images come through Loyaldesk, which sends the sender no cookie and
 * no referrer, passes on only raster images, and never fetches from this machine or the internal network.
 */
@LoyaldeskTest
class RemoteImagesTests {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

    @LocalServerPort
    int port;

    HttpServer sender;
    final List<Headers> requests = new CopyOnWriteArrayList<>();
    String base;

    @BeforeEach
    void aSendersImageServer() throws IOException {
        sender = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/pixel.png", "image/png", PNG);
        serve("/evil.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes());
        serve("/page", "text/html", "<html></html>".getBytes());
        serve("/big.png", "image/png", new byte[(int) RemoteImages.MAX_BYTES + 10]);
        sender.createContext("/moved", exchange -> {
            requests.add(exchange.getRequestHeaders());
            exchange.getResponseHeaders().add("Location", "/pixel.png");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        sender.start();
        base = "http://127.0.0.1:" + sender.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        sender.stop(0);
    }

    @Test
    void anImageComesThroughWithoutCookieOrReferrerAndOnlyWhenItIsAPicture() {
        RemoteImages images = new RemoteImages(true);

        assertThat(images.fetch(base + "/pixel.png")).hasValueSatisfying(image -> {
            assertThat(image.content()).isEqualTo(PNG);
            assertThat(image.contentType()).isEqualTo("image/png");
        });
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().containsKey("Cookie")).isFalse();
        assertThat(requests.getFirst().containsKey("Referer")).isFalse();
        assertThat(requests.getFirst().getFirst("User-Agent")).isEqualTo("Loyaldesk image proxy");

        assertThat(images.fetch(base + "/moved")).hasValueSatisfying(image -> assertThat(image.content()).isEqualTo(PNG));
        assertThat(images.fetch(base + "/evil.svg")).isEmpty();
        assertThat(images.fetch(base + "/page")).isEmpty();
        assertThat(images.fetch(base + "/big.png")).isEmpty();
        assertThat(images.fetch(base + "/nothing-here.png")).isEmpty();
        assertThat(images.fetch("file:///etc/passwd")).isEmpty();
        assertThat(images.fetch("not a url at all")).isEmpty();
    }

    @Test
    void nothingIsFetchedFromThisMachineOrTheInternalNetwork() throws Exception {
        RemoteImages images = new RemoteImages(false);

        assertThat(images.fetch(base + "/pixel.png")).isEmpty();
        assertThat(images.fetch("http://localhost:" + port + "/actuator/health")).isEmpty();
        assertThat(requests).isEmpty();
        for (String internal : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1" }) {
            assertThat(RemoteImages.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        assertThat(RemoteImages.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
    }

    @Test
    void anAgentChoosesToSeeTheImagesAndTheyLoadThroughLoyaldeskOnly() {
        Api api = new Api(port);
        String agent = "agent-" + UUID.randomUUID() + "@loyaldesk.test";
        api.post("/api/v1/agents", Map.of("email", agent, "name", "Agent", "password", "correct-horse-battery",
            "role", "AGENT"));
        byte[] raw = ("From: winkel@voorbeeld.nl\r\nSubject: Uw factuur\r\nMessage-ID: <" + UUID.randomUUID()
            + "@x>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
            + "<p>Zie de foto.</p><img src=\"" + base + "/pixel.png\" alt=\"foto\"><img src=\"cid:logo@shop\">")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long mail = api.postMail(raw).id("mailId");
        Browser browser = new Browser(port);
        browser.logIn(agent, "correct-horse-battery");

        String blocked = browser.get("/mail/" + mail + "/html").html();
        assertThat(blocked).contains("1 image(s) from elsewhere are not shown", "href=\"/mail/" + mail + "/html?images=shown\"");
        String shown = browser.get("/mail/" + mail + "/html?images=shown").html();
        assertThat(shown).contains("src=\"/mail/" + mail + "/images/0\"", "src=\"cid:logo@shop\"")
            .doesNotContain("127.0.0.1");
        assertThat(requests).as("nothing fetched before the image itself is asked for").isEmpty();

        // this test's image server is on this machine, which the proxy refuses to reach outside tests
        assertThat(browser.get("/mail/" + mail + "/images/0").status()).isEqualTo(404);
        assertThat(browser.get("/mail/" + mail + "/images/7").status()).isEqualTo(404);
        assertThat(browser.get("/mail/" + mail + "/images/-1").status()).isEqualTo(404);
        assertThat(requests).isEmpty();
        assertThat(new Browser(port).get("/mail/" + mail + "/images/0").path()).isEqualTo("/login");
    }

    private void serve(String path, String type, byte[] body) {
        sender.createContext(path, exchange -> {
            requests.add(exchange.getRequestHeaders());
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Set-Cookie", "tracked=yes");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
