package org.loyaldesk.channel;

import java.util.List;

import org.loyaldesk.platform.SealedSecretStore;
import org.loyaldesk.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The channel module's stored secrets: IMAP passwords and webhook signing secrets. */
@Component
class ChannelSecrets implements SealedSecretStore {

    private final JdbcClient jdbc;

    ChannelSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public int resealAll(SecretBox box) {
        return reseal(box, "channel_mailbox", "id", "imap_password") + reseal(box, "channel_webhook", "channel", "secret");
    }

    private int reseal(SecretBox box, String table, String key, String column) {
        record Stored(Object key, String value) {
        }
        List<Stored> stale = jdbc.sql("SELECT " + key + ", " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL")
            .query((rs, row) -> new Stored(rs.getObject(1), rs.getString(2))).list()
            .stream().filter(stored -> !box.isCurrent(stored.value())).toList();
        stale.forEach(stored -> jdbc.sql("UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?")
            .params(box.seal(box.open(stored.value())), stored.key()).update());
        return stale.size();
    }
}
