package org.loyaldesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The knowledge base as an editor and an integration use it: articles that are cleaned, versioned
 * and searchable at once; bad input answered with a clear problem and nothing lost.
 */
@LoyaldeskTest
class KnowledgeApiTests {

    @LocalServerPort
    int port;

    Api api;
    /** Words no other test writes, so that searches in the shared database find only this test's articles. */
    String word;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        word = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aPublishedArticleIsFoundWithATypoByAPartOfACompoundAndByAnotherWordForm() {
        long id = article("nl", "Je espressomachine ontkalken " + word,
            "<p>Kalkaanslag maakt je koffie bitter. Gebruik het ontkalkingsmiddel en spoel twee keer na.</p>", "published");

        JsonNode typo = awaitHit("ontkalkne " + word, id);
        JsonNode compound = awaitHit("kalk " + word, id);
        JsonNode stem = awaitHit("spoelen " + word, id);

        assertThat(typo.get("url").asString()).startsWith("/help/nl/");
        assertThat(compound.get("snippet").asString()).contains("<mark>Kalkaanslag</mark>");
        assertThat(stem.get("snippet").asString()).contains("<mark>spoel</mark>");
    }

    @Test
    void scriptsAndEventHandlersAreRemovedOnSaveAndTheAnswerSaysSo() {
        var response = api.post("/api/v1/articles", Map.of("language", "en", "title", "Cleaned " + word,
            "body", "<p onclick=\"steal()\">Hello <script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"
                + "<img src=x onerror=alert(3)><iframe src=//evil></iframe><strong>kept</strong></p>"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("htmlCleaned").asBoolean()).isTrue();
        String body = response.json().at("/article/bodyHtml").asString();
        assertThat(body).contains("<strong>kept</strong>").doesNotContain("script", "onclick", "onerror", "javascript",
            "iframe", "alert");
        String clean = api.post("/api/v1/articles", Map.of("language", "en", "title", "Clean " + word,
            "body", "<p>Just <em>text</em></p>")).json().get("htmlCleaned").asString();
        assertThat(clean).isEqualTo("false");
    }

    @Test
    void badInputIsAnsweredWithAProblemAndStoresNothing() {
        long before = api.get("/api/v1/articles?limit=500").json().size();
        String slug = "unique-" + word;
        article("en", "First " + word, slug, "<p>one</p>", "draft");

        var duplicate = api.post("/api/v1/articles", Map.of("language", "en", "title", "Second", "slug", slug, "body", "x"));
        var language = api.post("/api/v1/articles", Map.of("language", "fr", "title", "Bonjour", "body", "x"));
        var badSlug = api.post("/api/v1/articles", Map.of("language", "en", "title", "T", "slug", "Not A Slug!", "body", "x"));
        var reserved = api.post("/api/v1/articles", Map.of("language", "nl", "title", "T", "slug", "zoeken", "body", "x"));
        var noTitle = api.post("/api/v1/articles", Map.of("language", "en", "body", "x"));
        var tooLarge = api.post("/api/v1/articles", Map.of("language", "en", "title", "Huge " + word,
            "body", "<p>" + "a".repeat(Articles.MAX_BODY) + "</p>"));
        var status = api.post("/api/v1/articles", Map.of("language", "en", "title", "T", "status", "live", "body", "x"));
        var category = api.post("/api/v1/articles", Map.of("language", "en", "title", "T", "categoryId", 987654321, "body", "x"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains(slug);
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.json().get("detail").asString()).contains("'nl' or 'en'");
        assertThat(badSlug.status()).isEqualTo(400);
        assertThat(reserved.status()).isEqualTo(400);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(status.status()).isEqualTo(400);
        assertThat(category.status()).isEqualTo(400);
        for (var response : List.of(duplicate, language, badSlug, reserved, noTitle, tooLarge, status, category)) {
            assertThat(response.header("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/articles?limit=500").json().size()).isEqualTo(before + 1);
    }

    @Test
    void everySaveIsAVersionAnOlderOneCanBeRestoredAndAStaleEditIsRefused() {
        long id = article("en", "Old title " + word, "<p>old</p>", "published");
        var changed = api.put("/api/v1/articles/" + id, Map.of("title", "New title " + word, "body", "<p>new</p>",
            "version", 1));
        assertThat(changed.status()).isEqualTo(200);

        var stale = api.put("/api/v1/articles/" + id, Map.of("title", "Lost edit", "version", 1));
        var restored = api.post("/api/v1/articles/" + id + "/versions/1/restore", Map.of());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(restored.json().get("title").asString()).isEqualTo("Old title " + word);
        assertThat(restored.json().get("version").asInt()).isEqualTo(3);
        JsonNode versions = api.get("/api/v1/articles/" + id + "/versions").json();
        assertThat(versions.size()).isEqualTo(3);
        assertThat(versions.get(1).get("title").asString()).isEqualTo("New title " + word);
        awaitHit("old " + word, id);
    }

    @Test
    void aTranslationIsLinkedAndASecondOneInTheSameLanguageIsRefused() {
        long dutch = article("nl", "Bestelling annuleren " + word, "<p>Zo annuleer je.</p>", "published");
        var english = api.post("/api/v1/articles", Map.of("language", "en", "title", "Cancel an order " + word,
            "body", "<p>How to cancel.</p>", "translationOf", dutch, "status", "published"));
        var again = api.post("/api/v1/articles", Map.of("language", "en", "title", "Cancel again " + word,
            "body", "<p>x</p>", "translationOf", dutch));

        assertThat(english.status()).isEqualTo(201);
        assertThat(english.json().at("/article/translationGroup").asLong())
            .isEqualTo(api.get("/api/v1/articles/" + dutch).json().get("translationGroup").asLong());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aSynonymAnAdminAddsWorksAtOnce() {
        String other = word + "syn";
        long id = article("nl", "Artikel over " + word, "<p>Alles over " + word + ".</p>", "published");
        awaitHit(word, id);
        assertThat(search(other).get("hits").size()).isZero();

        List<List<String>> groups = new java.util.ArrayList<>();
        api.get("/api/v1/knowledge/synonyms").json().forEach(group -> groups.add(
            java.util.stream.StreamSupport.stream(group.spliterator(), false).map(JsonNode::asString).toList()));
        groups.add(List.of(word, other));
        assertThat(api.put("/api/v1/knowledge/synonyms", groups).status()).isEqualTo(200);

        assertThat(ids(search(other))).contains(id);
        assertThat(api.put("/api/v1/knowledge/synonyms", List.of(List.of("alone"))).status()).isEqualTo(400);
    }

    @Test
    void anyTextIsAValidQuery() {
        for (String query : List.of("title:(", "\"", "*", "?~2", "a AND OR NOT", "[1 TO", "\\", "((((", "k:v^3", "-", "~",
            "𝒳 emoji 🙂", "x".repeat(500))) {
            var response = api.get("/api/v1/articles/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.status()).as(query).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/articles/search?q=").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/articles/search?q=" + "x".repeat(501)).status()).isEqualTo(400);
    }

    @Test
    void draftsAndArchivedArticlesAreNotFoundAndInternalOnesOnlyByTheTeam() {
        long draft = article("en", "Draft " + word, "<p>draft text " + word + "</p>", "draft");
        long internal = api.post("/api/v1/articles", Map.of("language", "en", "title", "Internal " + word,
            "body", "<p>internal text " + word + "</p>", "status", "published", "internal", true)).json()
            .at("/article/id").asLong();
        long archived = article("en", "Archived " + word, "<p>archived text " + word + "</p>", "published");
        awaitHit(word, archived);
        assertThat(api.delete("/api/v1/articles/" + archived).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ids(search(word))).doesNotContain(archived));
        assertThat(ids(search(word))).contains(internal).doesNotContain(draft);
        assertThat(new Api(port).as(null).get("/help/en/search?q=" + word).body()).doesNotContain("Internal " + word);
    }

    @Test
    void aSolvedConversationBecomesADraftWithoutTheCustomersDetails() {
        String email = "jan.de.vries-" + word + "@voorbeeld.nl";
        long conversation = api.post("/api/v1/messages/inbound", Map.of("channel", "email",
            "from", Map.of("email", email, "name", "Jan de Vries"), "subject", "Molen maalt te grof " + word,
            "text", "Hoi, mijn koffiemolen van bestelling KK-240177 maalt te grof. Bel me op 06-12345678. Groet, Jan"))
            .id("conversationId");
        api.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text",
            "Hoi Jan,\n\nDraai de ring naar stand 8 voor espresso en maal een kopje door.\n\nGroet, Anna"));

        var draft = api.post("/api/v1/conversations/" + conversation + "/article-draft", Map.of());

        assertThat(draft.status()).isEqualTo(201);
        JsonNode article = draft.json().get("article");
        assertThat(article.get("status").asString()).isEqualTo("draft");
        assertThat(article.get("bodyHtml").asString()).contains("maalt te grof").contains("stand 8 voor espresso")
            .doesNotContain("Jan", "Vries", "KK-240177", "12345678", email);
        assertThat(article.get("title").asString()).contains("Molen maalt te grof");
    }

    long article(String language, String title, String body, String status) {
        return article(language, title, null, body, status);
    }

    long article(String language, String title, String slug, String body, String status) {
        Map<String, Object> input = new HashMap<>(Map.of("language", language, "title", title, "body", body, "status", status));
        if (slug != null) {
            input.put("slug", slug);
        }
        var response = api.post("/api/v1/articles", input);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().at("/article/id").asLong();
    }

    JsonNode search(String query) {
        return api.get("/api/v1/articles/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
    }

    static List<Long> ids(JsonNode results) {
        return java.util.stream.StreamSupport.stream(results.get("hits").spliterator(), false)
            .map(hit -> hit.get("id").asLong()).toList();
    }

    JsonNode awaitHit(String query, long id) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode hits = search(query).get("hits");
            found[0] = null;
            hits.forEach(hit -> {
                if (hit.get("id").asLong() == id) {
                    found[0] = hit;
                }
            });
            assertThat(found[0]).as("hit for '" + query + "'").isNotNull();
        });
        return found[0];
    }
}
