package org.loyaldesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.loyaldesk.Api;
import org.loyaldesk.LoyaldeskTest;
import org.loyaldesk.channel.email.Mailboxes;
import org.loyaldesk.channel.outbound.Webhooks;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.SecretBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * IMAP passwords and webhook secrets are usable by Loyaldesk but never readable from the
 * database (or a backup of it), never shown again after saving, and those stored in plain text
 * before sealing existed are sealed at start.
 */
@LoyaldeskTest
class SealedChannelSecretsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    Webhooks webhooks;

    @Autowired
    ChannelSecrets channelSecrets;

    @Autowired
    SecretBox box;

    @Test
    void anImapPasswordIsStoredSealedAndNeverShownAgain() {
        String address = "postvak-" + UUID.randomUUID().toString().substring(0, 8) + "@loyaldesk.test";
        Api api = new Api(port);
        Api.Response added = api.post("/api/v1/settings/mailboxes", Map.of("address", address, "host", "imap.example.org",
            "port", 993, "user", "support", "password", "imap-wachtwoord-42"));

        assertThat(added.status()).isBetween(200, 201);
        assertThat(jdbc.sql("SELECT imap_password FROM channel_mailbox WHERE address = ?").param(address)
            .query(String.class).single()).startsWith("sealed:v1:").doesNotContain("imap-wachtwoord-42");
        assertThat(mailboxes.byAddress(address).orElseThrow().password()).isEqualTo("imap-wachtwoord-42");
        assertThat(added.body()).doesNotContain("imap-wachtwoord-42");
        assertThat(api.get("/api/v1/settings/mailboxes").body()).doesNotContain("imap-wachtwoord-42");
    }

    @Test
    void aWebhookSecretIsStoredSealedAndNeverShownAgain() {
        Api api = new Api(port);
        assertThat(api.put("/api/v1/settings/webhooks/social", Map.of("url", "https://connector.example.org/hook",
            "secret", "webhook-geheim-0123456789")).status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT secret FROM channel_webhook WHERE channel = 'SOCIAL'").query(String.class).single())
            .startsWith("sealed:v1:").doesNotContain("webhook-geheim-0123456789");
        assertThat(webhooks.of(Channel.SOCIAL).orElseThrow().secret()).isEqualTo("webhook-geheim-0123456789");
        assertThat(api.get("/api/v1/settings/webhooks").body()).doesNotContain("webhook-geheim-0123456789");
    }

    @Test
    void aSecretStoredInPlainTextBeforeSealingIsSealedAtStart() {
        String address = "oud-" + UUID.randomUUID().toString().substring(0, 8) + "@loyaldesk.test";
        jdbc.sql("""
                INSERT INTO channel_mailbox (address, display_name, imap_host, imap_port, imap_security, imap_user,
                    imap_password, imap_folder, enabled) VALUES (?, 'Oud', 'imap.example.org', 993, 'TLS', 'oud', 'plain-oud', 'INBOX', false)""")
            .param(address).update();

        assertThat(channelSecrets.resealAll(box)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("SELECT imap_password FROM channel_mailbox WHERE address = ?").param(address)
            .query(String.class).single()).startsWith("sealed:v1:");
        assertThat(mailboxes.byAddress(address).orElseThrow().password()).isEqualTo("plain-oud");
    }
}
