package org.loyaldesk.knowledge;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What help-centre visitors do: search, read, vote. A visitor is a browser, known by a random id
 * in a cookie, and becomes a known customer once it sends a message through the help centre. This
 * is what the self-service figures are made of.
 */
@Service
public class HelpCentreVisits {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VISITOR = Pattern.compile("[0-9a-f]{32}");
    static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HelpCentreVisits(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A new visitor id; ids are random, so one cannot guess another's. */
    public static String newVisitor() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether a cookie value is a visitor id we could have made; anything else is replaced. */
    public static boolean isVisitor(String value) {
        return value != null && VISITOR.matcher(value).matches();
    }

    public void searched(String visitor, String query, int results) {
        remember(visitor);
        jdbc.sql("INSERT INTO knowledge_activity (visitor, kind, query, results, happened_at) VALUES (?, 'SEARCH', ?, ?, ?)")
            .params(visitor, query.strip().length() > 500 ? query.strip().substring(0, 500) : query.strip(), results,
                clock.instant().atOffset(ZoneOffset.UTC))
            .update();
    }

    public void read(String visitor, long articleId) {
        remember(visitor);
        jdbc.sql("INSERT INTO knowledge_activity (visitor, kind, article_id, happened_at) VALUES (?, 'READ', ?, ?)")
            .params(visitor, articleId, clock.instant().atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("UPDATE knowledge_article SET views = views + 1 WHERE id = ?").param(articleId).update();
    }

    /**
     * "Did this help?": one answer per visitor and article; answering again changes it. The visitor
     * is remembered first, on its own: on PostgreSQL a lost race to insert it would spoil the vote's
     * transaction.
     */
    public void voted(String visitor, long articleId, boolean helpful, String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("A comment is at most " + MAX_COMMENT + " characters");
        }
        remember(visitor);
        transactions.executeWithoutResult(status -> vote(visitor, articleId, helpful,
            comment == null || comment.isBlank() ? null : comment.strip()));
    }

    private void vote(String visitor, long articleId, boolean helpful, String text) {        Optional<Boolean> before = jdbc.sql("SELECT helpful FROM knowledge_feedback WHERE article_id = ? AND visitor = ?")
            .params(articleId, visitor).query(Boolean.class).optional();
        if (before.isPresent()) {
            jdbc.sql("UPDATE knowledge_feedback SET helpful = ?, comment = COALESCE(?, comment), created_at = ? "
                    + "WHERE article_id = ? AND visitor = ?")
                .params(helpful, text, clock.instant().atOffset(ZoneOffset.UTC), articleId, visitor).update();
            if (before.get() != helpful) {
                count(articleId, before.get(), -1);
                count(articleId, helpful, 1);
            }
        } else {
            jdbc.sql("INSERT INTO knowledge_feedback (article_id, visitor, helpful, comment, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(articleId, visitor, helpful, text, clock.instant().atOffset(ZoneOffset.UTC)).update();
            count(articleId, helpful, 1);
        }
        // the votes rank the article: its index entry follows
        events.publishEvent(new ArticleChanged(articleId));
    }

    /** The visitor sent us a message as this customer: later contacts by the customer are theirs too. */
    public void knownAs(String visitor, long customerId) {
        remember(visitor);
        jdbc.sql("UPDATE knowledge_visitor SET customer_id = ? WHERE visitor = ?").params(customerId, visitor).update();
    }

    /** A contact through the help centre itself: it is the visitor's, whoever they turn out to be. */
    public void contacted(String visitor) {
        remember(visitor);
        jdbc.sql("INSERT INTO knowledge_contact (visitor, happened_at) VALUES (?, ?)")
            .params(visitor, clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private void count(long articleId, boolean helpful, int by) {
        jdbc.sql("UPDATE knowledge_article SET " + (helpful ? "helpful_yes = helpful_yes" : "helpful_no = helpful_no")
            + " + ? WHERE id = ?").params(by, articleId).update();
    }

    private void remember(String visitor) {
        if (!isVisitor(visitor)) {
            throw new IllegalArgumentException("Not a visitor id");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM knowledge_visitor WHERE visitor = ?").param(visitor).query(Integer.class).single() == 0) {
            try {
                jdbc.sql("INSERT INTO knowledge_visitor (visitor, first_seen) VALUES (?, ?)")
                    .params(visitor, clock.instant().atOffset(ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException sameVisitorInAnotherTab) {
                // already there: nothing to add
            }
        }
    }
}
