package org.loyaldesk.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words an admin declares equal for search, a group per line such as "retour, terugsturen,
 * retourneren". They widen a query, not the index: a change works at once, without a rebuild.
 */
@Service
public class Synonyms {

    static final int MAX_GROUPS = 500;
    static final int MAX_GROUP_LENGTH = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /** Read again after this long, so a change made on another node works here too. */
    private static final long FRESH_NANOS = 30_000_000_000L;

    private volatile Map<String, Set<String>> byWord;
    private volatile long loadedAt;

    Synonyms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<List<String>> groups() {
        return jdbc.sql("SELECT words FROM knowledge_synonym ORDER BY id").query(String.class).list().stream()
            .map(Synonyms::words).toList();
    }

    /** Replaces all groups; a group of fewer than two words means nothing and is refused. */
    @Transactional
    public List<List<String>> replace(List<List<String>> groups) {
        if (groups == null) {
            throw new IllegalArgumentException("Send a list of groups, each a list of words that mean the same");
        }
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("At most " + MAX_GROUPS + " groups of synonyms");
        }
        List<String> rows = new ArrayList<>();
        for (List<String> group : groups) {
            Set<String> words = new LinkedHashSet<>();
            for (String word : group == null ? List.<String>of() : group) {
                if (word != null && !word.isBlank()) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (words.size() < 2) {
                throw new IllegalArgumentException("A group of synonyms has at least two different words; got " + group);
            }
            String row = String.join(", ", words);
            if (row.length() > MAX_GROUP_LENGTH) {
                throw new IllegalArgumentException("A group of synonyms is at most " + MAX_GROUP_LENGTH + " characters");
            }
            rows.add(row);
        }
        jdbc.sql("DELETE FROM knowledge_synonym").update();
        rows.forEach(row -> jdbc.sql("INSERT INTO knowledge_synonym (words) VALUES (?)").param(row).update());
        byWord = null;
        audit.record("synonyms.changed", "knowledge", "synonyms", rows.size() + " groups");
        return groups();
    }

    /** The word itself and every word declared equal to it. */
    Set<String> of(String word) {
        Map<String, Set<String>> known = byWord;
        if (known == null || System.nanoTime() - loadedAt > FRESH_NANOS) {
            known = load();
            byWord = known;
            loadedAt = System.nanoTime();
        }
        String key = word.toLowerCase(Locale.ROOT);
        Set<String> same = known.get(key);
        return same == null ? Set.of(key) : same;
    }

    private Map<String, Set<String>> load() {
        Map<String, Set<String>> map = new ConcurrentHashMap<>();
        for (List<String> group : groups()) {
            Set<String> all = Set.copyOf(group);
            group.forEach(word -> map.merge(word, all, (a, b) -> {
                Set<String> union = new LinkedHashSet<>(a);
                union.addAll(b);
                return union;
            }));
        }
        return map;
    }

    private static List<String> words(String row) {
        return List.of(row.split(",\\s*"));
    }
}
