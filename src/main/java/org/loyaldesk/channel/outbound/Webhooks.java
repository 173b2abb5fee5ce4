package org.loyaldesk.channel.outbound;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where replies on connector channels go: one signed webhook per channel, set by an admin. */
@Service
@Transactional
public class Webhooks {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecretBox secrets;

    Webhooks(JdbcClient jdbc, AuditLog audit, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Webhook(Channel channel, String url, String secret) {
    }

    public void configure(Channel channel, String url, String secret) {
        URI uri = URI.create(url.trim());
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("A webhook URL starts with http:// or https://");
        }
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("A webhook secret has at least 16 characters");
        }
        int updated = jdbc.sql("UPDATE channel_webhook SET url = ?, secret = ? WHERE channel = ?")
            .params(uri.toString(), secrets.seal(secret), channel.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO channel_webhook (channel, url, secret) VALUES (?, ?, ?)")
                .params(channel.name(), uri.toString(), secrets.seal(secret)).update();
        }
        audit.record("webhook.configured", "channel", channel.code(), uri.toString());
    }

    public void remove(Channel channel) {
        if (jdbc.sql("DELETE FROM channel_webhook WHERE channel = ?").param(channel.name()).update() > 0) {
            audit.record("webhook.removed", "channel", channel.code(), null);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Webhook> of(Channel channel) {
        return jdbc.sql("SELECT channel, url, secret FROM channel_webhook WHERE channel = ?").param(channel.name())
            .query((rs, n) -> new Webhook(Channel.valueOf(rs.getString(1)), rs.getString(2), secrets.open(rs.getString(3))))
            .optional();
    }

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return jdbc.sql("SELECT channel, url, secret FROM channel_webhook ORDER BY channel")
            .query((rs, n) -> new Webhook(Channel.valueOf(rs.getString(1)), rs.getString(2), secrets.open(rs.getString(3)))).list();
    }
}
