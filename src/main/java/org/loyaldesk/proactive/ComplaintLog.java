package org.loyaldesk.proactive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every new conversation as a contact with the groups it counts in, kept so that the detector's baseline
 * survives a restart and a spike can list the conversations behind it.
 */
@Component
class ComplaintLog {

    private final JdbcClient jdbc;

    ComplaintLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when the conversation was counted before (an event delivered again after a crash). */
    boolean record(long conversationId, long customerId, Instant at, Set<String> keys) {
        try {
            jdbc.sql("INSERT INTO proactive_contact (conversation_id, customer_id, at, group_keys) VALUES (?, ?, ?, ?)")
                .params(conversationId, customerId, utc(at), joined(keys)).update();
            return true;
        } catch (DuplicateKeyException counted) {
            return false;
        }
    }

    /** Every contact since a moment, oldest first, for warming the detector up. */
    void since(Instant from, Long except, BiConsumer<Instant, Set<String>> each) {
        jdbc.sql("SELECT at, group_keys FROM proactive_contact WHERE at >= ? AND conversation_id <> ? ORDER BY at")
            .params(utc(from), except == null ? -1L : except)
            .query(rs -> {
                each.accept(rs.getObject(1, OffsetDateTime.class).toInstant(), split(rs.getString(2)));
            });
    }

    /** The conversations counted in a group between two moments. */
    List<Long> inGroup(String key, Instant from, Instant until) {
        return jdbc.sql("""
                SELECT conversation_id FROM proactive_contact WHERE at >= ? AND at <= ? AND group_keys LIKE ?
                ORDER BY at, conversation_id""")
            .params(utc(from), utc(until), "% " + escaped(key) + " %").query(Long.class).list();
    }

    /** The contacts since a moment, as conversation id to groups, for linking them to an incident. */
    Map<Long, Contact> contactsSince(Instant from, int limit) {
        Map<Long, Contact> contacts = new HashMap<>();
        jdbc.sql("SELECT conversation_id, customer_id, at, group_keys FROM proactive_contact WHERE at >= ? "
                + "ORDER BY at FETCH FIRST ? ROWS ONLY")
            .params(utc(from), limit)
            .query((rs, row) -> contacts.put(rs.getLong(1), new Contact(rs.getLong(1), rs.getLong(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(), split(rs.getString(4)))))
            .list();
        return contacts;
    }

    Map<Long, Set<String>> keysOf(Collection<Long> conversationIds) {
        Map<Long, Set<String>> keys = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return keys;
        }
        jdbc.sql("SELECT conversation_id, group_keys FROM proactive_contact WHERE conversation_id IN (:ids)")
            .param("ids", conversationIds)
            .query((rs, row) -> keys.put(rs.getLong(1), split(rs.getString(2)))).list();
        return keys;
    }

    /** Whether the customer started a conversation since a moment: then they do not need a warning. */
    boolean contactedSince(long customerId, Instant from) {
        return jdbc.sql("SELECT COUNT(*) FROM proactive_contact WHERE customer_id = ? AND at >= ?")
            .params(customerId, utc(from)).query(Integer.class).single() > 0;
    }

    record Contact(long conversationId, long customerId, Instant at, Set<String> keys) {
    }

    static String joined(Set<String> keys) {
        StringBuilder joined = new StringBuilder(" ");
        for (String key : keys) {
            if (joined.length() + key.length() + 1 > 4000) {
                break;
            }
            joined.append(key).append(' ');
        }
        return joined.toString();
    }

    static Set<String> split(String joined) {
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(joined.trim().split(" ")).filter(key -> !key.isEmpty()).forEach(keys::add);
        return keys;
    }

    private static String escaped(String key) {
        return key.replace("%", "").replace("_", "\\_");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
