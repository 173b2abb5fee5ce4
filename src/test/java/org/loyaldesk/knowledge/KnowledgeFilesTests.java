package org.loyaldesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.platform.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * An article's images and PDFs: uploaded by the team, served by the help centre only while the
 * article is public, recognised by their content so that nothing a browser would run is kept.
 */
@LoyaldeskTest
class KnowledgeFilesTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PNG = png();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    Api api;
    Api anonymous;
    String word;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        anonymous = api.as(null);
        word = "zf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aPngOfAPublishedArticleIsServedToAnyoneAsAPngAndShownInItsText() {
        long id = article("published", false);

        Api.Response uploaded = upload(id, "Schermafbeelding 1.png", "image/png", PNG);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = uploaded.json();
        assertThat(file.get("filename").asString()).isEqualTo("Schermafbeelding 1.png");
        assertThat(file.get("contentType").asString()).isEqualTo("image/png");
        assertThat(file.get("size").asLong()).isEqualTo(PNG.length);
        String url = file.get("url").asString();
        assertThat(url).isEqualTo("/help/files/" + file.get("id").asLong() + "/Schermafbeelding-1.png");

        HttpResponse<byte[]> served = fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PNG);
        assertThat(header(served, "Content-Type")).isEqualTo("image/png");
        assertThat(header(served, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(served, "Cache-Control")).contains("public").contains("max-age=86400");
        assertThat(header(served, "Content-Disposition")).startsWith("inline");

        var saved = api.put("/api/v1/articles/" + id, Map.of("body", "<p>Click the button:</p>"
            + file.get("html").asString()));
        assertThat(saved.json().get("htmlCleaned").asBoolean()).isFalse();
        assertThat(saved.json().at("/article/bodyHtml").asString()).contains("<img src=\"" + url + "\"");
        String slug = saved.json().at("/article/slug").asString();
        assertThat(anonymous.get("/help/en/" + slug).body()).contains("<img src=\"" + url + "\"");
        assertThat(api.get("/api/v1/articles/" + id + "/files").json().get(0).get("url").asString()).isEqualTo(url);
    }

    @Test
    void aPdfIsServedAsADownloadAndAnyNameInTheAddressServesTheSameFile() {
        long id = article("published", false);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        JsonNode file = upload(id, "manual", "application/octet-stream", pdf).json();
        HttpResponse<byte[]> served = fetch(file.get("url").asString());

        assertThat(file.get("filename").asString()).isEqualTo("manual.pdf");
        assertThat(file.get("html").asString()).startsWith("<a href=\"/help/files/");
        assertThat(header(served, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(served, "Content-Disposition")).startsWith("attachment").contains("manual.pdf");
        assertThat(fetch("/help/files/" + file.get("id").asLong() + "/other-name.pdf").body()).isEqualTo(pdf);
    }

    @Test
    void theFilesOfInternalAndDraftArticlesAreNotServedToAnyoneUntilTheArticleIsPublic() {
        long internal = article("published", true);
        long draft = article("draft", false);
        String internalUrl = upload(internal, "internal.png", "image/png", PNG).json().get("url").asString();
        String draftUrl = upload(draft, "draft.png", "image/png", PNG).json().get("url").asString();

        assertThat(fetch(internalUrl).statusCode()).isEqualTo(404);
        assertThat(fetch(draftUrl).statusCode()).isEqualTo(404);
        assertThat(fetch("/help/files/987654321/nothing.png").statusCode()).isEqualTo(404);
        assertThat(fetch(internalUrl.replace("/help/files/", "/knowledge/files/")).statusCode())
            .as("the team's address needs a login").isNotEqualTo(200);

        api.put("/api/v1/articles/" + draft, Map.of("status", "published"));
        assertThat(fetch(draftUrl).statusCode()).isEqualTo(200);
        api.delete("/api/v1/articles/" + draft);
        assertThat(fetch(draftUrl).statusCode()).as("archived").isEqualTo(404);
    }

    @Test
    void anythingButAnImageOrPdfATooLargeAndAnEmptyFileAreRefusedAndNothingIsStored() {
        long id = article("published", false);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[6 * 1024 * 1024];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);

        Api.Response script = upload(id, "logo.svg", "image/svg+xml", svg);
        Api.Response disguised = upload(id, "photo.png", "image/png", html);
        Api.Response empty = upload(id, "empty.png", "image/png", new byte[0]);
        Api.Response tooLarge = upload(id, "huge.png", "image/png", huge);
        Api.Response noArticle = upload(987654321L, "a.png", "image/png", PNG);
        Api.Response noPart = api.send(api.builder("/api/v1/articles/" + id + "/files")
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "--\r\n")));
        Api.Response json = api.post("/api/v1/articles/" + id + "/files", Map.of("file", "x"));

        assertThat(script.status()).isEqualTo(415);
        assertThat(script.json().get("detail").asString()).contains("logo.svg").contains("SVG");
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asString()).contains("empty");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("5 MB");
        assertThat(noArticle.status()).isEqualTo(404);
        assertThat(noPart.status()).isEqualTo(400);
        assertThat(json.status()).isEqualTo(415);
        for (Api.Response response : List.of(script, disguised, empty, tooLarge, noArticle, noPart, json)) {
            assertThat(response.header("Content-Type").orElse("")).as(response.body())
                .startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/articles/" + id + "/files").json().size()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_attachment WHERE article_id = ?").param(id)
            .query(Integer.class).single()).isZero();
    }

    @Test
    void anArticleHasAtMostTwentyFilesAndADeletedOneIsGoneAndRecorded() {
        long id = article("published", false);
        long first = 0;
        for (int i = 0; i < KnowledgeFiles.MAX_PER_ARTICLE; i++) {
            Api.Response response = upload(id, "shot-" + i + ".png", "image/png", PNG);
            assertThat(response.status()).isEqualTo(201);
            first = i == 0 ? response.json().get("id").asLong() : first;
        }
        Api.Response oneTooMany = upload(id, "shot-20.png", "image/png", PNG);
        assertThat(oneTooMany.status()).isEqualTo(400);
        assertThat(oneTooMany.json().get("detail").asString()).contains("at most 20 files");

        assertThat(api.delete("/api/v1/articles/" + (id + 1_000_000) + "/files/" + first).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/articles/" + id + "/files/" + first).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/articles/" + id + "/files/" + first).status()).isEqualTo(404);
        assertThat(fetch("/help/files/" + first + "/shot-0.png").statusCode()).isEqualTo(404);
        assertThat(upload(id, "shot-20.png", "image/png", PNG).status()).isEqualTo(201);
        assertThat(audit.forSubject("article", id).stream().map(AuditLog.Entry::action))
            .contains("article.file.added", "article.file.deleted");
    }

    @Test
    void theTeamSeesAnArticlesFilesWithTheHtmlToPasteAndMayDeleteThem() {
        long draft = article("draft", false);
        JsonNode file = upload(draft, "stap 1.png", "image/png", PNG).json();
        api.put("/api/v1/articles/" + draft, Map.of("body", "<p>" + file.get("html").asString() + "</p>"));
        Browser agent = agent();

        Browser.Page page = agent.get("/knowledge/articles/" + draft);
        Browser.Page teamFile = agent.get("/knowledge/files/" + file.get("id").asLong() + "/stap-1.png");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Images and files").contains("stap 1.png")
            .contains("value=\"&lt;img src=&quot;" + file.get("url").asString() + "&quot;")
            .contains("enctype=\"multipart/form-data\"")
            // the preview shows the draft's image from the team's address: the help centre does not serve it yet
            .contains("<img src=\"/knowledge/files/" + file.get("id").asLong() + "/stap-1.png\"");
        assertThat(teamFile.status()).isEqualTo(200);

        Browser.Page deleted = agent.post("/knowledge/articles/" + draft + "/files/" + file.get("id").asLong()
            + "/delete", Map.of());
        assertThat(deleted.path()).isEqualTo("/knowledge/articles/" + draft);
        assertThat(deleted.html()).contains("deleted");
        assertThat(api.get("/api/v1/articles/" + draft + "/files").json().size()).isZero();
    }

    @Test
    void theTeamUploadsThroughTheArticlesPageAndIsToldWhenAFileIsRefused() throws Exception {
        long id = article("draft", false);
        String email = agentAccount();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body();
        browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + PASSWORD + "&_csrf=" + csrf(login))).build(), HttpResponse.BodyHandlers.ofString());
        String page = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/knowledge/articles/" + id)).GET()
            .build(), HttpResponse.BodyHandlers.ofString()).body();

        HttpResponse<String> added = browser.send(HttpRequest.newBuilder(
                URI.create(api.base() + "/knowledge/articles/" + id + "/files"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(Map.of("_csrf", csrf(page)), "knop.png", "image/png",
                PNG))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(
                URI.create(api.base() + "/knowledge/articles/" + id + "/files"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(Map.of("_csrf", csrf(added.body())), "x.svg",
                "image/svg+xml", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.uri().getPath()).isEqualTo("/knowledge/articles/" + id);
        assertThat(added.body()).contains("\u201cknop.png\u201d added");
        assertThat(refused.body()).contains("SVG images cannot be added either");
        assertThat(api.get("/api/v1/articles/" + id + "/files").json().size()).isEqualTo(1);
    }

    @Test
    void theApiDocumentDescribesTheFileEndpoints() {
        JsonNode paths = anonymous.get("/api/docs").json().get("paths");

        assertThat(paths.at("/~1api~1v1~1articles~1{id}~1files/post/summary").asString())
            .isEqualTo("Add an image or PDF to an article");
        assertThat(paths.at("/~1api~1v1~1articles~1{id}~1files/post/requestBody/content").has("multipart/form-data"))
            .isTrue();
        assertThat(paths.at("/~1api~1v1~1articles~1{id}~1files/get/summary").asString()).isNotEmpty();
        assertThat(paths.at("/~1api~1v1~1articles~1{id}~1files~1{fileId}/delete/summary").asString()).isNotEmpty();
    }

    static String csrf(String html) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static final String BOUNDARY = "----loyaldesk-test-boundary";
    private static final String PASSWORD = "correct-horse-battery";

    static byte[] multipart(Map<String, String> fields, String filename, String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
            + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
            + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    Api.Response upload(long articleId, String filename, String contentType, byte[] content) {
        return api.send(api.builder("/api/v1/articles/" + articleId + "/files")
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(Map.of(), filename, contentType, content))));
    }

    long article(String status, boolean internal) {
        Map<String, Object> input = new HashMap<>(Map.of("language", "en", "title", "Files " + word + " " + status
            + (internal ? " internal" : ""), "body", "<p>text</p>", "status", status, "internal", internal));
        var response = api.post("/api/v1/articles", input);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/article/id").asLong();
    }

    /** As a browser without a login fetches it. */
    HttpResponse<byte[]> fetch(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    Browser agent() {
        Browser browser = new Browser(port);
        assertThat(browser.logIn(agentAccount(), PASSWORD).path()).isEqualTo("/inbox");
        return browser;
    }

    String agentAccount() {
        String email = "files-" + UUID.randomUUID() + "@loyaldesk.test";
        new Api(port).post("/api/v1/agents", Map.of("email", email, "name", "Files Agent", "password", PASSWORD,
            "role", "AGENT"));
        return email;
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2266AA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
