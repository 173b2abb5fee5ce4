package org.loyaldesk.chat;

import java.util.Arrays;
import java.util.List;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.RandomTokens;
import org.loyaldesk.platform.SealedSecretStore;
import org.loyaldesk.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The widget's settings an admin keeps on the chat settings page, in one row. Read on every widget request,
 * so they are cached and the cache is dropped when they change (on this node; another node reads them again
 * within its cache's lifetime).
 */
@Component
public class ChatSettingsStore implements SealedSecretStore {

    private static final long CACHE_MILLIS = 10_000;

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final AuditLog audit;
    private volatile ChatSettings cached;
    private volatile long cachedAt;

    ChatSettingsStore(JdbcClient jdbc, SecretBox box, AuditLog audit) {
        this.jdbc = jdbc;
        this.box = box;
        this.audit = audit;
    }

    public ChatSettings current() {
        ChatSettings settings = cached;
        if (settings == null || System.currentTimeMillis() - cachedAt > CACHE_MILLIS) {
            settings = read();
            cached = settings;
            cachedAt = System.currentTimeMillis();
        }
        return settings;
    }

    /** Saves what an admin typed; blank name or colour fall back to the help centre's. */
    @Transactional
    public ChatSettings save(String name, String colour, String allowedOrigins) {
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        if (cleanName != null && (cleanName.length() > 100 || cleanName.indexOf('\0') >= 0)) {
            throw ChatRefusal.invalid("A name is at most 100 characters");
        }
        String cleanColour = ChatSettings.colour(colour);
        List<String> origins = ChatSettings.origins(allowedOrigins);
        String joined = String.join(" ", origins);
        if (joined.length() > 4000) {
            throw ChatRefusal.invalid("Too many origins");
        }
        ensureRow();
        jdbc.sql("UPDATE chat_settings SET name = ?, colour = ?, allowed_origins = ? WHERE id = 1")
            .params(cleanName, cleanColour, joined).update();
        audit.record("chat.settings-changed", "chat", 1, "origins: " + (joined.isEmpty() ? "-" : joined));
        cached = null;
        return current();
    }

    /** A new identity secret, shown once to the admin who made it; shops signing with the old one stop being trusted. */
    @Transactional
    public String newIdentitySecret() {
        String secret = "lds_" + RandomTokens.newToken();
        ensureRow();
        jdbc.sql("UPDATE chat_settings SET identity_secret = ? WHERE id = 1").param(box.seal(secret)).update();
        audit.record("chat.identity-secret-made", "chat", 1, "a new secret for signed visitors");
        cached = null;
        return secret;
    }

    private ChatSettings read() {
        return jdbc.sql("SELECT name, colour, allowed_origins, identity_secret FROM chat_settings WHERE id = 1")
            .query((rs, row) -> new ChatSettings(rs.getString(1), rs.getString(2),
                Arrays.stream(rs.getString(3).split(" ")).filter(origin -> !origin.isBlank()).toList(),
                rs.getString(4) == null ? null : box.open(rs.getString(4))))
            .optional().orElse(new ChatSettings(null, null, List.of(), null));
    }

    private void ensureRow() {
        if (jdbc.sql("SELECT COUNT(*) FROM chat_settings WHERE id = 1").query(Long.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO chat_settings (id, allowed_origins) VALUES (1, '')").update();
            } catch (org.springframework.dao.DuplicateKeyException anotherAdminWasFirst) {
                // the row is there now
            }
        }
    }

    @Override
    @Transactional
    public int resealAll(SecretBox current) {
        String stored = jdbc.sql("SELECT identity_secret FROM chat_settings WHERE id = 1").query(String.class).optional()
            .orElse(null);
        if (stored == null || current.isCurrent(stored)) {
            return 0;
        }
        jdbc.sql("UPDATE chat_settings SET identity_secret = ? WHERE id = 1").param(current.seal(current.open(stored))).update();
        cached = null;
        return 1;
    }
}
