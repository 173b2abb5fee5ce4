package org.loyaldesk.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deflection, measured: a visitor who searched or read an article and did not contact us within
 * 24 hours of that first visit was helped by the help centre. A visitor is counted once per
 * period, from their first activity in it; whether they contacted us is known only once the 24
 * hours have passed, so the latest visitors are not yet decided.
 */
@Service
public class SelfServiceReport {

    public static final Duration WINDOW = Duration.ofHours(24);
    private static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    SelfServiceReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public SelfService since(Instant from) {
        return asOf(from, clock.instant());
    }

    /** The figures as they stand at {@code now}: visitors whose 24 hours ended before it are decided. */
    public SelfService asOf(Instant from, Instant now) {
        Map<String, Instant> firstVisit = new HashMap<>();
        jdbc.sql("SELECT visitor, MIN(happened_at) AS first_at FROM knowledge_activity WHERE happened_at >= ? GROUP BY visitor")
            .param(utc(from))
            .query(rs -> {
                firstVisit.put(rs.getString("visitor"), rs.getObject("first_at", OffsetDateTime.class).toInstant());
            });
        Map<String, List<Instant>> contacts = new HashMap<>();
        jdbc.sql("SELECT visitor, happened_at FROM knowledge_contact WHERE happened_at >= ?").param(utc(from))
            .query(rs -> {
                contacts.computeIfAbsent(rs.getString("visitor"), visitor -> new ArrayList<>())
                    .add(rs.getObject("happened_at", OffsetDateTime.class).toInstant());
            });
        Set<String> decided = new HashSet<>();
        Set<String> deflected = new HashSet<>();
        firstVisit.forEach((visitor, first) -> {
            Instant until = first.plus(WINDOW);
            if (!until.isAfter(now)) {
                decided.add(visitor);
                boolean contacted = contacts.getOrDefault(visitor, List.of()).stream()
                    .anyMatch(at -> !at.isBefore(first) && at.isBefore(until));
                if (!contacted) {
                    deflected.add(visitor);
                }
            }
        });
        return new SelfService(firstVisit.size(), decided.size(), deflected.size(), perArticle(from, deflected),
            noResults(from), unhelpful(from));
    }

    private List<SelfService.ArticleDeflection> perArticle(Instant from, Set<String> deflected) {
        Map<Long, Set<String>> readers = new HashMap<>();
        jdbc.sql("SELECT DISTINCT visitor, article_id FROM knowledge_activity WHERE kind = 'READ' AND happened_at >= ?")
            .param(utc(from))
            .query(rs -> {
                readers.computeIfAbsent(rs.getLong("article_id"), id -> new HashSet<>()).add(rs.getString("visitor"));
            });
        List<SelfService.ArticleDeflection> rows = new ArrayList<>();
        readers.forEach((articleId, visitors) -> titleOf(articleId).ifPresent(title -> rows.add(
            new SelfService.ArticleDeflection(articleId, title.language(), title.title(), visitors.size(),
                visitors.stream().filter(deflected::contains).count()))));
        rows.sort(Comparator.comparingLong(SelfService.ArticleDeflection::deflected).reversed()
            .thenComparing(Comparator.comparingLong(SelfService.ArticleDeflection::readers).reversed()));
        return rows.size() > SHOWN ? List.copyOf(rows.subList(0, SHOWN)) : rows;
    }

    private List<SelfService.EmptySearch> noResults(Instant from) {
        return jdbc.sql("SELECT LOWER(query) AS asked, COUNT(*) AS times FROM knowledge_activity "
                + "WHERE kind = 'SEARCH' AND results = 0 AND query IS NOT NULL AND happened_at >= ? GROUP BY LOWER(query) "
                + "ORDER BY times DESC, asked FETCH FIRST " + SHOWN + " ROWS ONLY")
            .param(utc(from))
            .query((rs, row) -> new SelfService.EmptySearch(rs.getString("asked"), rs.getLong("times"))).list();
    }

    private List<SelfService.UnhelpfulArticle> unhelpful(Instant from) {
        return jdbc.sql("SELECT a.id, a.language, a.title, "
                + "SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) AS no_votes, SUM(CASE WHEN f.helpful THEN 1 ELSE 0 END) AS yes_votes, "
                + "(SELECT MAX(l.comment) FROM knowledge_feedback l WHERE l.article_id = a.id AND l.helpful = FALSE "
                + " AND l.comment IS NOT NULL AND l.created_at = (SELECT MAX(m.created_at) FROM knowledge_feedback m "
                + " WHERE m.article_id = a.id AND m.helpful = FALSE AND m.comment IS NOT NULL)) AS last_comment "
                + "FROM knowledge_feedback f JOIN knowledge_article a ON a.id = f.article_id WHERE f.created_at >= ? "
                + "GROUP BY a.id, a.language, a.title HAVING SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) > 0 "
                + "ORDER BY no_votes DESC, a.id FETCH FIRST " + SHOWN + " ROWS ONLY")
            .param(utc(from))
            .query((rs, row) -> new SelfService.UnhelpfulArticle(rs.getLong("id"), rs.getString("language"),
                rs.getString("title"), rs.getLong("no_votes"), rs.getLong("yes_votes"), rs.getString("last_comment")))
            .list();
    }

    private record Title(String language, String title) {
    }

    private java.util.Optional<Title> titleOf(long articleId) {
        return jdbc.sql("SELECT language, title FROM knowledge_article WHERE id = ?").param(articleId)
            .query((rs, row) -> new Title(rs.getString("language"), rs.getString("title"))).optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
