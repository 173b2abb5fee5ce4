package org.loyaldesk.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.chat.ChatLine.Author;
import org.loyaldesk.chat.ChatLine.ShownArticle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The lines of the chats, in the order the widget shows them. */
@Component
class ChatLines {

    private static final TypeReference<List<ShownArticle>> ARTICLES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final RowMapper<ChatLine> lines = this::line;

    ChatLines(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A line as stored, and whether it had been stored before (a retry of the same visitor line or delivery). */
    record Stored(ChatLine line, boolean duplicate) {
    }

    /** Stores a visitor's line once, however often the widget sends it. */
    Stored fromVisitor(ChatSession session, String clientId, String body, String fileName) {
        Optional<ChatLine> before = byClientId(session.visitorId(), clientId);
        if (before.isPresent()) {
            return new Stored(before.get(), true);
        }
        try {
            return new Stored(insert(session, Author.VISITOR, null, body, clientId, null, List.of(), false, fileName),
                false);
        } catch (DuplicateKeyException concurrentRetry) {
            return new Stored(byClientId(session.visitorId(), clientId).orElseThrow(), true);
        }
    }

    /** Stores an agent's reply once, however often its delivery is tried. */
    Stored fromAgent(ChatSession session, String agentName, String body, long messageId) {
        Optional<ChatLine> before = byMessage(messageId);
        if (before.isPresent()) {
            return new Stored(before.get(), true);
        }
        try {
            return new Stored(insert(session, Author.AGENT, agentName, body, null, messageId, List.of(), false, null), false);
        } catch (DuplicateKeyException concurrentDelivery) {
            return new Stored(byMessage(messageId).orElseThrow(), true);
        }
    }

    ChatLine fromBot(ChatSession session, String body, List<ShownArticle> articles, boolean askHelpful) {
        return insert(session, Author.BOT, null, body, null, null, articles, askHelpful, null);
    }

    ChatLine system(ChatSession session, String body) {
        return insert(session, Author.SYSTEM, null, body, null, null, List.of(), false, null);
    }

    /** What the visitor has not seen yet: their lines after this one, over all their chats. */
    List<ChatLine> after(long visitorId, long afterId, int limit) {
        return jdbc.sql("SELECT * FROM chat_line WHERE visitor_id = ? AND id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")
            .params(visitorId, afterId, limit).query(lines).list();
    }

    List<ChatLine> ofSession(long sessionId) {
        return jdbc.sql("SELECT * FROM chat_line WHERE session_id = ? ORDER BY id").param(sessionId).query(lines).list();
    }

    Optional<ChatLine> byId(long id) {
        return jdbc.sql("SELECT * FROM chat_line WHERE id = ?").param(id).query(lines).optional();
    }

    Optional<ChatLine> byMessage(long messageId) {
        return jdbc.sql("SELECT * FROM chat_line WHERE message_id = ?").param(messageId).query(lines).optional();
    }

    /** The visitor's line is now a message of the conversation (filed at or after the hand-over). */
    void filedAs(long lineId, long messageId) {
        jdbc.sql("UPDATE chat_line SET message_id = ? WHERE id = ? AND message_id IS NULL").params(messageId, lineId).update();
    }

    /**
     * Visitor lines of handed-over chats that are not messages yet, stored a while ago (within a day): a crash
     * came between storing and filing. A line with a file waits for the widget's retry, which still holds the file.
     */
    List<ChatLine> unfiled(java.time.Instant storedBefore, int limit) {
        return jdbc.sql("""
                SELECT l.* FROM chat_line l JOIN chat_session s ON s.id = l.session_id
                WHERE l.author = 'VISITOR' AND l.message_id IS NULL AND l.file_name IS NULL AND s.handed_over_at IS NOT NULL
                  AND l.created_at < ? AND l.created_at > ? ORDER BY l.id FETCH FIRST ? ROWS ONLY""")
            .params(OffsetDateTime.ofInstant(storedBefore, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(storedBefore.minus(java.time.Duration.ofDays(1)), ZoneOffset.UTC), limit)
            .query(lines).list();
    }

    /** How many lines the visitor wrote in this chat. */
    long visitorLines(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_line WHERE session_id = ? AND author = 'VISITOR'").param(sessionId)
            .query(Long.class).single();
    }

    /** The last line by this author in the chat, or 0. */
    long lastOf(long sessionId, ChatLine.Author author) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM chat_line WHERE session_id = ? AND author = ?")
            .params(sessionId, author.name()).query(Long.class).single();
    }

    /** The visitor's answer to "did this help?", once, on a bot line of their own that asked it. */
    boolean answerHelpful(long visitorId, long lineId, boolean helpful) {
        return jdbc.sql("UPDATE chat_line SET helpful = ? WHERE id = ? AND visitor_id = ? AND ask_helpful = TRUE "
                + "AND helpful IS NULL").params(helpful, lineId, visitorId).update() == 1;
    }

    /** Whether this message belongs to a line of this visitor: who may download its files. */
    boolean visitorHasMessage(long visitorId, long messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_line WHERE visitor_id = ? AND message_id = ?")
            .params(visitorId, messageId).query(Long.class).single() > 0;
    }

    private Optional<ChatLine> byClientId(long visitorId, String clientId) {
        return jdbc.sql("SELECT * FROM chat_line WHERE visitor_id = ? AND client_id = ?").params(visitorId, clientId)
            .query(lines).optional();
    }

    private ChatLine insert(ChatSession session, Author author, String name, String body, String clientId, Long messageId,
                            List<ShownArticle> articles, boolean askHelpful, String fileName) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO chat_line (session_id, visitor_id, author, author_name, body, client_id, message_id, articles,
                    ask_helpful, file_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(session.id(), session.visitorId(), author.name(), name, body, clientId, messageId,
                articles.isEmpty() ? null : json.writeValueAsString(articles), askHelpful, fileName,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .update(key, "id");
        return byId(key.getKey().longValue()).orElseThrow();
    }

    private ChatLine line(ResultSet rs, int row) throws SQLException {
        long message = rs.getLong("message_id");
        Long messageId = rs.wasNull() ? null : message;
        boolean helpful = rs.getBoolean("helpful");
        Boolean answered = rs.wasNull() ? null : helpful;
        String articles = rs.getString("articles");
        return new ChatLine(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("visitor_id"),
            Author.valueOf(rs.getString("author")), rs.getString("author_name"), rs.getString("body"),
            rs.getString("client_id"), messageId, articles == null ? List.of() : json.readValue(articles, ARTICLES),
            rs.getBoolean("ask_helpful"), answered, rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getString("file_name"));
    }
}
