package org.loyaldesk.conversation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Free labels on conversations. Kept beside the aggregate rather than in it, so tagging never
 * collides with a reply being posted at the same moment.
 */
@Component
class ConversationTags {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ConversationTags(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    static String normalise(String tag) {
        String normalised = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (normalised.isEmpty() || normalised.length() > 64) {
            throw new RuleViolationException("A tag has 1 to 64 characters");
        }
        return normalised;
    }

    boolean add(long conversationId, String tag) {
        String normalised = normalise(tag);
        int added = jdbc.sql("""
                INSERT INTO conversation_tag (conversation_id, tag) SELECT ?, ? WHERE NOT EXISTS
                (SELECT 1 FROM conversation_tag WHERE conversation_id = ? AND tag = ?)""")
            .params(conversationId, normalised, conversationId, normalised).update();
        if (added > 0) {
            events.publishEvent(new ConversationChanged(conversationId, "tags"));
        }
        return added > 0;
    }

    boolean remove(long conversationId, String tag) {
        int removed = jdbc.sql("DELETE FROM conversation_tag WHERE conversation_id = ? AND tag = ?")
            .params(conversationId, normalise(tag)).update();
        if (removed > 0) {
            events.publishEvent(new ConversationChanged(conversationId, "tags"));
        }
        return removed > 0;
    }

    List<String> of(long conversationId) {
        return jdbc.sql("SELECT tag FROM conversation_tag WHERE conversation_id = ? ORDER BY tag")
            .param(conversationId).query(String.class).list();
    }

    Map<Long, List<String>> of(Collection<Long> conversationIds) {
        Map<Long, TreeSet<String>> found = new HashMap<>();
        if (!conversationIds.isEmpty()) {
            jdbc.sql("SELECT conversation_id, tag FROM conversation_tag WHERE conversation_id IN (:ids)")
                .param("ids", conversationIds)
                .query((rs, row) -> found.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2)))
                .list();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        found.forEach((id, set) -> tags.put(id, List.copyOf(set)));
        return tags;
    }

    /** Every tag in use, most used first, for the inbox filter. */
    List<String> inUse(int limit) {
        return jdbc.sql("SELECT tag FROM conversation_tag GROUP BY tag ORDER BY COUNT(*) DESC, tag FETCH FIRST ? ROWS ONLY")
            .param(limit).query(String.class).list();
    }
}
