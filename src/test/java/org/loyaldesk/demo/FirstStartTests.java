package org.loyaldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loyaldesk.Api;
import org.loyaldesk.Browser;
import org.loyaldesk.Loyaldesk;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a newcomer gets from the start command: the embedded database, the demo shop, and data that stays. */
class FirstStartTests {

    @TempDir
    Path dataDir;

    @Test
    void aFreshStartHasAWorkableDemoShopAndARestartKeepsEverything() {
        long conversationsAtFirstStart;
        long addedMessage;
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            conversationsAtFirstStart = count(jdbc, "conversation_conversation");
            assertThat(conversationsAtFirstStart).isBetween(170L, 260L);
            // the shop's 52 customers, and the senders of the fresh demo mail
            assertThat(count(jdbc, "customer_customer")).isBetween(52L, 56L);
            assertThat(count(jdbc, "channel_mail")).isEqualTo(4);
            assertThat(jdbc.sql("SELECT DISTINCT status FROM conversation_conversation").query(String.class).list())
                .contains("NEW", "OPEN", "PENDING", "ON_HOLD", "SOLVED", "CLOSED");
            assertThat(jdbc.sql("SELECT DISTINCT channel FROM conversation_conversation").query(String.class).list())
                .contains("EMAIL", "CHAT", "PHONE", "API", "WHATSAPP");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_conversation WHERE reopen_count > 0 OR team_id IS NOT NULL")
                .query(Long.class).single()).isPositive();

            Browser agent = new Browser(port(app));
            assertThat(agent.logIn(DemoStaff.AGENT_LOGIN, DemoStaff.PASSWORD).path()).isEqualTo("/inbox");
            // the agent lands on their own conversations; the whole shop's are one view away
            Browser.Page inbox = agent.get("/inbox?view=all");
            assertThat(inbox.html()).contains("Anna Jansen", "Klacht");

            addedMessage = new Api(port(app)).inbound("api", "blijft@voorbeeld.nl", "Blijft dit bewaard?", "keep-1")
                .id("messageId");
        }
        assertThat(Files.exists(dataDir.resolve("db/loyaldesk.mv.db"))).isTrue();

        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "conversation_conversation")).isEqualTo(conversationsAtFirstStart + 1);
            assertThat(count(jdbc, "identity_agent")).isEqualTo(6);
            assertThat(jdbc.sql("SELECT body FROM conversation_message WHERE id = ?").param(addedMessage)
                .query(String.class).single()).isEqualTo("Blijft dit bewaard?");
        }
    }

    private ConfigurableApplicationContext start() {
        // as command-line arguments, like an operator's settings: they beat application.yml
        return new SpringApplicationBuilder(Loyaldesk.class).run("--server.port=0", "--loyaldesk.data-dir=" + dataDir,
            "--loyaldesk.bootstrap-token=" + Api.BOOTSTRAP_TOKEN, "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

}
