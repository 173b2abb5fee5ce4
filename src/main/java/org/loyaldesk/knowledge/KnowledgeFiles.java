package org.loyaldesk.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.PayloadTooLargeException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images and documents of an article: screenshots shown in its text, a PDF to download. What a
 * file is, is decided by its first bytes, never by the name or type the browser sent: only
 * PNG, JPEG, GIF, WebP and PDF are kept, so nothing that a browser would run (HTML, SVG with a
 * script) can be served from the help centre's address.
 */
@Service
public class KnowledgeFiles {

    /** A screenshot is a few hundred KB; a manual as PDF a few MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_ARTICLE = 20;
    static final int MAX_FILENAME = 255;
    private static final String COLUMNS = "id, article_id, filename, content_type, size_bytes, created_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Articles articles;
    private final AuditLog audit;
    private final Clock clock;

    KnowledgeFiles(JdbcClient jdbc, JdbcTemplate template, Articles articles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The kinds of file an article may have, each known by how its content begins. */
    public enum Kind {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = List.of(extensions);
        }

        public String contentType() {
            return contentType;
        }

        public boolean isImage() {
            return this != PDF;
        }

        /** What the content is, by its first bytes; empty when it is none of the allowed kinds. */
        static Optional<Kind> sniff(byte[] bytes) {
            if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return Optional.of(PNG);
            }
            if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
                return Optional.of(JPEG);
            }
            if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
                return Optional.of(GIF);
            }
            if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
                return Optional.of(WEBP);
            }
            if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
                return Optional.of(PDF);
            }
            return Optional.empty();
        }

        static Optional<Kind> of(String contentType) {
            return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
        }

        private static boolean startsWith(byte[] bytes, int offset, int... expected) {
            if (bytes.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((bytes[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A stored file without its content. */
    public record StoredFile(long id, long articleId, String filename, String contentType, long size, Instant createdAt) {

        public boolean isImage() {
            return Kind.of(contentType).map(Kind::isImage).orElse(false);
        }

        /** Its address in the help centre, where readers of a public article get it. */
        public String url() {
            return "/help/files/" + id + "/" + urlName(filename);
        }

        /** Its address for the team, where files of drafts and internal articles are seen too. */
        public String teamUrl() {
            return "/knowledge/files/" + id + "/" + urlName(filename);
        }

        /** The HTML an editor pastes into the article's text to show or link it. */
        public String snippet() {
            String name = filename.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            return isImage() ? "<img src=\"" + url() + "\" alt=\"" + name + "\">"
                : "<a href=\"" + url() + "\">" + name + "</a>";
        }
    }

    /** The bytes of a stored file, with what they are. */
    public record Content(StoredFile file, byte[] bytes) {
    }

    @Transactional
    public StoredFile add(long articleId, String filename, String declaredType, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("The file is empty: choose a file to upload");
        }
        checkSize(bytes.length);
        Kind kind = Kind.sniff(bytes).orElseThrow(() -> new UnsupportedFileException("'" + cleanName(filename)
            + "' is not a PNG, JPEG, GIF or WebP image or a PDF"
            + (declaredType == null || declaredType.isBlank() ? "" : " (it was sent as " + declaredType.strip() + ")")
            + ". Other files, SVG images included, cannot be added to an article."));
        // the article's row is the lock: two uploads at once cannot both be the twentieth file
        jdbc.sql("SELECT id FROM knowledge_article WHERE id = ? FOR UPDATE").param(articleId).query(Long.class)
            .optional().orElseThrow(() -> new NotFoundException("Article", articleId));
        int count = jdbc.sql("SELECT COUNT(*) FROM knowledge_attachment WHERE article_id = ?").param(articleId)
            .query(Integer.class).single();
        if (count >= MAX_PER_ARTICLE) {
            throw new IllegalArgumentException("An article has at most " + MAX_PER_ARTICLE + " files and article "
                + articleId + " has " + count + ": delete one first");
        }
        String name = withExtension(cleanName(filename), kind);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO knowledge_attachment (article_id, "
                + "filename, content_type, size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] { "id" });
            statement.setLong(1, articleId);
            statement.setString(2, name);
            statement.setString(3, kind.contentType());
            statement.setLong(4, bytes.length);
            statement.setBinaryStream(5, new ByteArrayInputStream(bytes), bytes.length);
            statement.setObject(6, now.atOffset(ZoneOffset.UTC));
            return statement;
        }, key);
        long id = key.getKey().longValue();
        audit.record("article.file.added", "article", articleId, "file " + id + ": " + name + " (" + kind.contentType()
            + ", " + bytes.length + " bytes)");
        return get(id);
    }

    /** Refuses a file over {@link #MAX_BYTES}, so that a caller can check before reading it. */
    public static void checkSize(long size) {
        if (size > MAX_BYTES) {
            throw new PayloadTooLargeException("A file of an article is at most " + MAX_BYTES / (1024 * 1024)
                + " MB; this one is " + String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024)) + " MB");
        }
    }

    @Transactional(readOnly = true)
    public List<StoredFile> list(long articleId) {
        articles.get(articleId);
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_attachment WHERE article_id = ? ORDER BY id")
            .param(articleId).query(KnowledgeFiles::map).list();
    }

    public Optional<StoredFile> find(long fileId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_attachment WHERE id = ?").param(fileId)
            .query(KnowledgeFiles::map).optional();
    }

    public StoredFile get(long fileId) {
        return find(fileId).orElseThrow(() -> new NotFoundException("File", fileId));
    }

    /** A file with its content, for the team: any article's. */
    @Transactional(readOnly = true)
    public Optional<Content> content(long fileId) {
        return find(fileId).map(file -> new Content(file, bytes(fileId)));
    }

    /** A file with its content for anyone: only when its article is published and not internal. */
    @Transactional(readOnly = true)
    public Optional<Content> publicContent(long fileId) {
        return find(fileId).filter(file -> articles.find(file.articleId()).map(Article::isPublic).orElse(false))
            .map(file -> new Content(file, bytes(fileId)));
    }

    @Transactional
    public StoredFile delete(long fileId) {
        StoredFile file = get(fileId);
        jdbc.sql("DELETE FROM knowledge_attachment WHERE id = ?").param(fileId).update();
        audit.record("article.file.deleted", "article", file.articleId(), "file " + fileId + ": " + file.filename());
        return file;
    }

    /**
     * The article's text as the team sees it in the editor: its images from the team's address,
     * since the help centre shows the files of drafts and internal articles to no one.
     */
    public static String forTeam(String html) {
        return html == null ? null : html.replace("src=\"/help/files/", "src=\"/knowledge/files/");
    }

    /** The name without folders, control or invisible direction characters, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
            && Character.getType(c) != Character.SURROGATE).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = "file";
        }
        return truncate(name, MAX_FILENAME);
    }

    /** A PNG named "invoice.html" is stored as "invoice.html.png": the name never says something else than the content. */
    static String withExtension(String name, Kind kind) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (kind.extensions.contains(extension)) {
            return name;
        }
        String suffix = "." + kind.extensions.getFirst();
        return truncate(name, MAX_FILENAME - suffix.length()) + suffix;
    }

    /** The name in a URL: letters, digits, dot, dash and underscore only, so that it needs no escaping anywhere. */
    static String urlName(String filename) {
        String name = filename.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        name = name.replaceAll("^[-.]+", "");
        return name.isEmpty() ? "file" : name;
    }

    private static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int dot = text.lastIndexOf('.');
        String extension = dot > 0 && text.length() - dot <= 10 ? text.substring(dot) : "";
        int end = max - extension.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + extension;
    }

    private byte[] bytes(long fileId) {
        return template.query("SELECT content FROM knowledge_attachment WHERE id = ?", rs -> {
            if (!rs.next()) {
                return new byte[0];
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, fileId);
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getLong("article_id"), rs.getString("filename"),
            rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** The content is not a kind of file an article may have. */
    public static class UnsupportedFileException extends IllegalArgumentException {

        public UnsupportedFileException(String message) {
            super(message);
        }
    }
}
