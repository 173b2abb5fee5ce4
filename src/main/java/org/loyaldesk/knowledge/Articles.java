package org.loyaldesk.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.PayloadTooLargeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles: every save cleans the HTML, becomes a numbered version that can be seen and
 * restored, records who did it, and tells the index. Two editors cannot overwrite each other: a
 * save names the version it started from.
 */
@Service
public class Articles {

    /** A long article is a few thousand words; this leaves room for markup and stops a paste of a whole site. */
    public static final int MAX_BODY = 200_000;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final String COLUMNS = "id, translation_group, language, slug, title, summary, body_html, status, internal, "
        + "category_id, author_id, editor_id, created_at, updated_at, published_at, version, views, helpful_yes, helpful_no";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Articles(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stored article and whether its HTML had to be cleaned to be stored. */
    public record Saved(Article article, boolean htmlCleaned) {
    }

    public Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_article WHERE id = ?").param(id)
            .query(Articles::map).optional();
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    public Optional<Article> bySlug(Language language, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_article WHERE language = ? AND slug = ?")
            .params(language.code(), slug).query(Articles::map).optional();
    }

    /** The other languages of the same article. */
    public List<Article> translations(Article article) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_article WHERE translation_group = ? AND id <> ?")
            .params(article.translationGroup(), article.id()).query(Articles::map).list();
    }

    public List<Article> list(Language language, ArticleStatus status, Long categoryId, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM knowledge_article WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (language != null) {
            sql.append(" AND language = ?");
            params.add(language.code());
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        if (categoryId != null) {
            sql.append(" AND category_id = ?");
            params.add(categoryId);
        }
        sql.append(" ORDER BY updated_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Articles::map).list();
    }

    /** Published articles of a category that customers may read, in the order of their titles. */
    public List<Article> publicInCategory(long categoryId, Language language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_article WHERE category_id = ? AND language = ? "
                + "AND status = 'PUBLISHED' AND internal = FALSE ORDER BY title")
            .params(categoryId, language.code()).query(Articles::map).list();
    }

    public List<Article> allPublic(Language language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_article WHERE language = ? AND status = 'PUBLISHED' "
            + "AND internal = FALSE ORDER BY id").param(language.code()).query(Articles::map).list();
    }

    @Transactional
    public Saved create(ArticleInput input) {
        Language language = language(input.language());
        String title = title(input.title());
        String slug = input.slug() == null || input.slug().isBlank() ? Slugs.fromTitle(title) : Slugs.checked(input.slug());
        ArticleHtml.Cleaned body = body(input.body());
        ArticleStatus status = input.status() == null ? ArticleStatus.DRAFT : ArticleStatus.fromCode(input.status());
        Long group = null;
        if (input.translationOf() != null) {
            Article original = get(input.translationOf());
            group = original.translationGroup();
            if (original.language() == language || hasLanguage(group, language)) {
                throw new ConflictException("Article " + input.translationOf() + " already has a " + language.code()
                    + " version");
            }
        }
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO knowledge_article (translation_group, language, slug, title, summary, body_html, status, "
                    + "internal, category_id, author_id, editor_id, created_at, updated_at, published_at, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(group, language.code(), slug, title, summary(input.summary()), body.html(), status.name(),
                    Boolean.TRUE.equals(input.internal()), category(input.categoryId()), agent(actor), agent(actor),
                    at(now), at(now), status == ArticleStatus.PUBLISHED ? at(now) : null)
                .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw duplicateSlug(language, slug);
        }
        long id = key.getKey().longValue();
        if (group == null) {
            jdbc.sql("UPDATE knowledge_article SET translation_group = id WHERE id = ?").param(id).update();
        }
        Article article = get(id);
        keepVersion(article);
        audit.record(actor, "article.created", "article", id, language.code() + " " + slug);
        events.publishEvent(new ArticleChanged(id));
        return new Saved(article, body.changed());
    }

    @Transactional
    public Saved update(long id, ArticleInput input) {
        Article current = get(id);
        if (input.version() != null && input.version() != current.version()) {
            throw new ConflictException("Article " + id + " was changed by someone else (version " + current.version()
                + ", you edited " + input.version() + "): reload it and apply your change again");
        }
        if (input.language() != null && language(input.language()) != current.language()) {
            throw new IllegalArgumentException("An article's language cannot change; add a translation instead");
        }
        if (input.translationOf() != null) {
            throw new IllegalArgumentException("'translationOf' is given when creating a translation, not on a change");
        }
        String title = input.title() == null ? current.title() : title(input.title());
        String slug = input.slug() == null ? current.slug() : Slugs.checked(input.slug());
        ArticleHtml.Cleaned body = input.body() == null ? new ArticleHtml.Cleaned(current.bodyHtml(), false) : body(input.body());
        ArticleStatus status = input.status() == null ? current.status() : ArticleStatus.fromCode(input.status());
        String summary = input.summary() == null ? current.summary() : summary(input.summary());
        boolean internal = input.internal() == null ? current.internal() : input.internal();
        Long category = input.categoryId() == null ? current.categoryId() : category(input.categoryId());
        return new Saved(store(current, title, slug, summary, body.html(), status, internal, category, "article.changed"),
            body.changed());
    }

    /** Makes an older version the current one again, as a new version: nothing is lost either way. */
    @Transactional
    public Article restore(long id, int version) {
        Article current = get(id);
        ArticleVersion old = versions(id).stream().filter(v -> v.version() == version).findFirst()
            .orElseThrow(() -> new NotFoundException("Version " + version + " of article", id));
        return store(current, old.title(), current.slug(), old.summary(), old.bodyHtml(), old.status(), old.internal(),
            old.categoryId(), "article.restored");
    }

    public List<ArticleVersion> versions(long id) {
        get(id);
        return jdbc.sql("SELECT article_id, version, title, summary, body_html, status, internal, category_id, editor_id, "
                + "edited_at FROM knowledge_article_version WHERE article_id = ? ORDER BY version DESC")
            .param(id).query((rs, row) -> new ArticleVersion(rs.getLong("article_id"), rs.getInt("version"),
                rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getBoolean("internal"),
                (Long) rs.getObject("category_id", Long.class), (Long) rs.getObject("editor_id", Long.class),
                rs.getObject("edited_at", OffsetDateTime.class).toInstant()))
            .list();
    }

    private Article store(Article current, String title, String slug, String summary, String html, ArticleStatus status,
                          boolean internal, Long category, String action) {
        Actor actor = CurrentActor.get();
        Instant now = clock.instant();
        boolean publishes = status == ArticleStatus.PUBLISHED && current.publishedAt() == null;
        int updated;
        try {
            updated = jdbc.sql("UPDATE knowledge_article SET title = ?, slug = ?, summary = ?, body_html = ?, status = ?, "
                    + "internal = ?, category_id = ?, editor_id = ?, updated_at = ?, published_at = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")
                .params(title, slug, summary, html, status.name(), internal, category, agent(actor), at(now),
                    publishes ? at(now) : current.publishedAt() == null ? null : at(current.publishedAt()),
                    current.id(), current.version())
                .update();
        } catch (DuplicateKeyException e) {
            throw duplicateSlug(current.language(), slug);
        }
        if (updated == 0) {
            throw new ConflictException("Article " + current.id() + " was changed by someone else at the same moment: "
                + "reload it and apply your change again");
        }
        Article article = get(current.id());
        keepVersion(article);
        audit.record(actor, action, "article", article.id(), "version " + article.version() + ", " + status.code());
        events.publishEvent(new ArticleChanged(article.id()));
        return article;
    }

    private void keepVersion(Article article) {
        jdbc.sql("INSERT INTO knowledge_article_version (article_id, version, title, summary, body_html, status, internal, "
                + "category_id, editor_id, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(article.id(), article.version(), article.title(), article.summary(), article.bodyHtml(),
                article.status().name(), article.internal(), article.categoryId(), article.editorId(),
                at(article.updatedAt()))
            .update();
    }

    private boolean hasLanguage(long group, Language language) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_article WHERE translation_group = ? AND language = ?")
            .params(group, language.code()).query(Integer.class).single() > 0;
    }

    private Long category(Long id) {
        if (id != null && jdbc.sql("SELECT COUNT(*) FROM knowledge_category WHERE id = ?").param(id)
            .query(Integer.class).single() == 0) {
            throw new IllegalArgumentException("There is no category " + id);
        }
        return id;
    }

    static Language language(String code) {
        if (code == null || !(code.trim().equalsIgnoreCase("nl") || code.trim().equalsIgnoreCase("en"))) {
            throw new IllegalArgumentException("An article's language is 'nl' or 'en'; got '" + code + "'");
        }
        return Language.of(code);
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An article needs a title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title is at most " + MAX_TITLE + " characters");
        }
        return title.strip();
    }

    private static String summary(String summary) {
        if (summary != null && summary.strip().length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("A summary is at most " + MAX_SUMMARY + " characters");
        }
        return summary == null || summary.isBlank() ? null : summary.strip();
    }

    private static ArticleHtml.Cleaned body(String html) {
        if (html != null && html.length() > MAX_BODY) {
            throw new PayloadTooLargeException("An article's body is at most " + MAX_BODY + " characters of HTML; this one has "
                + html.length() + ". Split it into more articles.");
        }
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean(html);
        if (cleaned.html().length() > MAX_BODY) {
            throw new PayloadTooLargeException("An article's body is at most " + MAX_BODY + " characters of HTML");
        }
        return cleaned;
    }

    private static ConflictException duplicateSlug(Language language, String slug) {
        return new ConflictException("Another " + language.code() + " article already has the slug '" + slug
            + "': choose another");
    }

    private static Long agent(Actor actor) {
        return actor.isAgent() ? actor.id() : null;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Article map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new Article(rs.getLong("id"), rs.getLong("translation_group"), Language.of(rs.getString("language")),
            rs.getString("slug"), rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
            ArticleStatus.valueOf(rs.getString("status")), rs.getBoolean("internal"),
            rs.getObject("category_id", Long.class), rs.getObject("author_id", Long.class),
            rs.getObject("editor_id", Long.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), published == null ? null : published.toInstant(),
            rs.getInt("version"), rs.getLong("views"), rs.getInt("helpful_yes"), rs.getInt("helpful_no"));
    }
}
