package org.loyaldesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.text.LanguageDetection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An index folder that is new or lost is built again from the database, and knows it is whole. */
@LoyaldeskTest
class IndexRebuildTests {

    @LocalServerPort
    int port;

    @Autowired
    ConversationQueries conversations;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    LanguageDetection languages;
    @Autowired
    AuditLog audit;

    @Test
    void aNewIndexFolderIsBuiltFromTheDatabaseAndStaysWholeAfterARestart() throws Exception {
        String word = "herbouw" + UUID.randomUUID().toString().replaceAll("\\d|-", "");
        long id = new Api(port).inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl",
            "Mijn " + word + " is stuk.", null).id("conversationId");
        Path dataDir = Files.createTempDirectory("loyaldesk-index-");

        SearchIndex fresh = index(dataDir);
        assertThat(fresh.isComplete()).isFalse();
        new IndexRebuild(conversations, new ConversationIndexer(conversations, customers, languages, fresh), fresh, audit)
            .rebuild();
        assertThat(found(fresh, word)).isEqualTo(id);
        fresh.destroy();

        SearchIndex reopened = index(dataDir);
        assertThat(reopened.isComplete()).isTrue();
        assertThat(reopened.changesUntil()).isPresent();
        assertThat(found(reopened, word)).isEqualTo(id);
        reopened.destroy();
    }

    @Test
    void aDamagedIndexIsStartedAfreshInsteadOfStoppingTheApplication() throws Exception {
        Path dataDir = Files.createTempDirectory("loyaldesk-index-");
        Path folder = Files.createDirectories(dataDir.resolve("index").resolve("conversations"));
        Files.writeString(folder.resolve("segments_1"), "not a Lucene index, whatever it once was");

        SearchIndex index = index(dataDir);

        assertThat(index.isComplete()).isFalse();
        assertThat(index.documents()).isZero();
        index.destroy();
    }

    @Test
    void onlyAnAdminStartsARebuild() {
        Api api = new Api(port);
        String agentToken = api.post("/api/v1/tokens", Map.of("name", "Rebuild attempt", "role", "AGENT"))
            .json().get("secret").asString();

        assertThat(api.as(agentToken).post("/api/v1/search/rebuild", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/search/rebuild", Map.of()).status()).isEqualTo(202);
    }

    private static SearchIndex index(Path dataDir) throws Exception {
        return new SearchIndex(new LoyaldeskProperties(dataDir, null, 100_000, 1_048_576, null,
            ZoneId.of("Europe/Amsterdam")), Clock.systemUTC());
    }

    private static long found(SearchIndex index, String word) {
        SearchResults results = new ConversationSearch(index).search(
            new SearchRequest(word, null, null, null, null, null, null, 0, 10, true));
        assertThat(results.hits()).hasSize(1);
        return results.hits().getFirst().conversationId();
    }
}
