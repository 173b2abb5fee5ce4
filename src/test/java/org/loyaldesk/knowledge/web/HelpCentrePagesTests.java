package org.loyaldesk.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.LoyaldeskTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The help centre as a customer's browser meets it, without logging in: pages at clean URLs that
 * search engines can read, votes that count once, a contact form that keeps what was typed when
 * a field is wrong, and hostile input answered as a customer would understand it.
 */
@LoyaldeskTest
class HelpCentrePagesTests {

    @LocalServerPort
    int port;

    Api api;
    String word;
    long articleId;
    String slug;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        word = "hc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        slug = "melkopschuimer-" + word;
        var created = api.post("/api/v1/articles", Map.of("language", "nl", "slug", slug,
            "title", "Melkopschuimer schoonmaken " + word, "summary", "Zo blijft je melkschuim lekker.",
            "body", "<p>Spoel de garde na elk gebruik.</p>", "status", "published"));
        assertThat(created.status()).isEqualTo(201);
        articleId = created.json().at("/article/id").asLong();
    }

    @Test
    void anArticleIsAPublicPageWithItsTitleDescriptionAndCanonicalAddress() {
        Browser customer = new Browser(port);

        Browser.Page page = customer.get("/help/nl/" + slug);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<title>Melkopschuimer schoonmaken " + word)
            .contains("<meta name=\"description\" content=\"Zo blijft je melkschuim lekker.\">")
            .contains("<link rel=\"canonical\" href=\"/help/nl/" + slug + "\">")
            .contains("Heeft dit je geholpen?");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
            assertThat(api.get("/api/v1/articles/" + articleId).json().get("views").asLong()).isEqualTo(1));
        assertThat(api.get("/sitemap.xml").body()).contains("/help/nl/" + slug + "</loc>");
    }

    @Test
    void aMissingDraftOrInternalArticleIsAHelpCentrePageThatLeadsBackNotAnError() {
        long draft = api.post("/api/v1/articles", Map.of("language", "nl", "slug", "concept-" + word, "title", "Concept",
            "body", "<p>x</p>")).json().at("/article/id").asLong();
        api.post("/api/v1/articles", Map.of("language", "nl", "slug", "intern-" + word, "title", "Intern",
            "body", "<p>x</p>", "status", "published", "internal", true));
        Browser customer = new Browser(port);

        for (String path : new String[] { "/help/nl/bestaat-niet-" + word, "/help/nl/concept-" + word,
            "/help/nl/intern-" + word, "/help/nl/categorie/" + word }) {
            Browser.Page page = customer.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html()).as(path).contains("Pagina niet gevonden").contains("href=\"/help/nl\"");
        }
        Browser.Page unknownLanguage = customer.get("/help/fr");
        assertThat(unknownLanguage.status()).isEqualTo(404);
        assertThat(unknownLanguage.html()).contains("Page not found").contains("href=\"/help/en\"");
        assertThat(draft).isPositive();
        assertThat(api.get("/sitemap.xml").body()).doesNotContain("intern-" + word).doesNotContain("concept-" + word);
    }

    @Test
    void aVisitorsVoteCountsOnceAndCanBeChanged() {
        Browser customer = new Browser(port);
        customer.get("/help/nl/" + slug);

        Browser.Page yes = customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "yes"));
        assertThat(yes.html()).contains("Dank je wel! Fijn dat het hielp.");
        customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "yes"));
        customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "no", "comment", "Mijn garde zit vast " + word));

        JsonNode article = api.get("/api/v1/articles/" + articleId).json();
        assertThat(article.get("helpfulYes").asInt()).isZero();
        assertThat(article.get("helpfulNo").asInt()).isEqualTo(1);
        JsonNode gaps = api.get("/api/v1/knowledge/self-service?weeks=1").json().get("unhelpful");
        assertThat(gaps.toString()).contains("Mijn garde zit vast " + word);
    }

    @Test
    void hostileFeedbackIsCleanedOrRefusedAndNeverBreaksThePage() {
        Browser customer = new Browser(port);
        customer.get("/help/nl/" + slug);

        // no person types a NUL: it is dropped and the rest of what they wrote is kept (on PostgreSQL too)
        Browser.Page nul = customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "no", "comment",
            "kapot\u0000 " + word));
        Browser.Page tooLong = customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "yes", "comment",
            "x".repeat(2001)));
        Browser.Page neither = customer.post("/help/nl/" + slug + "/feedback", Map.of("helpful", "maybe"));

        assertThat(nul.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/knowledge/self-service?weeks=1").json().get("unhelpful").toString())
            .contains("kapot " + word);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html()).contains("2000");
        assertThat(neither.status()).isEqualTo(400);
        JsonNode article = api.get("/api/v1/articles/" + articleId).json();
        assertThat(article.get("helpfulNo").asInt()).isEqualTo(1);
        assertThat(article.get("helpfulYes").asInt()).isZero();
    }

    @Test
    void theContactFormKeepsWhatWasTypedWhenAFieldIsWrongAndFilesTheQuestionOtherwise() {
        Browser customer = new Browser(port);
        customer.get("/help/nl/contact");
        String question = "Mijn melkopschuimer " + word + " maakt geen schuim meer.";

        Browser.Page wrong = customer.post("/help/nl/contact", Map.of("name", "Iris Bos", "email", "geen-adres",
            "text", question));
        Browser.Page sent = customer.post("/help/nl/contact", Map.of("name", "Iris Bos",
            "email", "iris-" + word + "@voorbeeld.nl", "text", question));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("Vul een geldig e-mailadres in").contains(question).contains("value=\"Iris Bos\"");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.html()).contains("We hebben je bericht ontvangen");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode hits = api.get("/api/v1/search?q=" + word).json().get("hits");
            assertThat(hits.size()).isEqualTo(1);
            assertThat(hits.get(0).get("customerName").asString()).isEqualTo("Iris Bos");
        });
    }

    @Test
    void aSearchWithoutResultsIsListedAsAContentGap() {
        Browser customer = new Browser(port);

        Browser.Page page = customer.get("/help/nl/zoeken?q=" + word + "onvindbaar");

        assertThat(page.html()).contains("Niets gevonden");
        assertThat(api.get("/api/v1/knowledge/self-service?weeks=1").json().get("noResults").toString())
            .contains(word + "onvindbaar");
    }
}
