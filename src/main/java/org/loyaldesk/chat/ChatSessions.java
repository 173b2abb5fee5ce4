package org.loyaldesk.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The chats and where each stands. Every change is one conditional update, so two requests cannot both win it. */
@Component
class ChatSessions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ChatSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The visitor's chat that has not ended, or a new one with the bot. */
    ChatSession current(long visitorId, Language language, String pageUrl) {
        return latest(visitorId).filter(session -> session.state() != ChatState.ENDED)
            .orElseGet(() -> start(visitorId, language, pageUrl));
    }

    Optional<ChatSession> latest(long visitorId) {
        return jdbc.sql("SELECT * FROM chat_session WHERE visitor_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
            .param(visitorId).query(ChatSessions::session).optional();
    }

    ChatSession byId(long id) {
        return jdbc.sql("SELECT * FROM chat_session WHERE id = ?").param(id).query(ChatSessions::session).single();
    }

    /** The chats a conversation came from, newest first (a customer may chat twice about one issue). */
    List<ChatSession> ofConversation(long conversationId) {
        return jdbc.sql("SELECT * FROM chat_session WHERE conversation_id = ? ORDER BY id DESC")
            .param(conversationId).query(ChatSessions::session).list();
    }

    private ChatSession start(long visitorId, Language language, String pageUrl) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO chat_session (visitor_id, state, language, page_url, started_at) VALUES (?, 'BOT', ?, ?, ?)")
            .params(visitorId, language.code(), pageUrl, utc(clock.instant()))
            .update(key, "id");
        return byId(key.getKey().longValue());
    }

    /** Hands the chat over to people; true for the one request that did it. */
    boolean handOver(long sessionId, boolean askEmail) {
        return jdbc.sql("UPDATE chat_session SET state = 'WAITING', ask_email = ?, handed_over_at = ? "
                + "WHERE id = ? AND state = 'BOT'")
            .params(askEmail, utc(clock.instant()), sessionId).update() == 1;
    }

    /** The conversation the chat's messages went into; true for the one request that set it. */
    boolean attach(long sessionId, long conversationId) {
        return jdbc.sql("UPDATE chat_session SET conversation_id = ? WHERE id = ? AND conversation_id IS NULL")
            .params(conversationId, sessionId).update() == 1;
    }

    /** A merge moved the conversation's messages into another one: the chat follows them. */
    void conversationMerged(long mergedId, long intoId) {
        jdbc.sql("UPDATE chat_session SET conversation_id = ? WHERE conversation_id = ?").params(intoId, mergedId).update();
    }

    /** An agent answered: the visitor sees who. */
    void agentAnswers(long sessionId, String agentName) {
        jdbc.sql("UPDATE chat_session SET state = CASE WHEN state = 'WAITING' THEN 'LIVE' ELSE state END, agent_name = ? "
                + "WHERE id = ? AND state IN ('WAITING', 'LIVE', 'EMAIL')")
            .params(agentName, sessionId).update();
    }

    /** An agent opened the waiting chat after all: the visitor need not leave an address. True when that is news. */
    boolean someoneCame(long sessionId) {
        return jdbc.sql("UPDATE chat_session SET ask_email = FALSE WHERE id = ? AND state = 'WAITING' AND ask_email = TRUE")
            .param(sessionId).update() == 1;
    }

    void continueByEmail(long sessionId, String email) {
        jdbc.sql("UPDATE chat_session SET state = 'EMAIL', email = ?, ask_email = FALSE WHERE id = ? AND state <> 'ENDED'")
            .params(email, sessionId).update();
    }

    /** The chat is over: the widget asks the effort question if it was handed to people and is not answered yet. */
    boolean end(long sessionId) {
        return jdbc.sql("UPDATE chat_session SET state = 'ENDED', ended_at = ?, ask_email = FALSE, "
                + "ask_survey = CASE WHEN conversation_id IS NOT NULL AND survey_score IS NULL THEN TRUE ELSE FALSE END "
                + "WHERE id = ? AND state <> 'ENDED'")
            .params(utc(clock.instant()), sessionId).update() == 1;
    }

    void surveyAnswered(long sessionId, int score) {
        jdbc.sql("UPDATE chat_session SET survey_score = ?, ask_survey = FALSE WHERE id = ?").params(score, sessionId).update();
    }

    /** Agents have seen the visitor's lines up to this one; true when that is news. */
    boolean agentsRead(long sessionId, long lineId) {
        return jdbc.sql("UPDATE chat_session SET agents_read_to = ? WHERE id = ? AND agents_read_to < ?")
            .params(lineId, sessionId, lineId).update() == 1;
    }

    boolean visitorRead(long sessionId, long lineId) {
        return jdbc.sql("UPDATE chat_session SET visitor_read_to = ? WHERE id = ? AND visitor_read_to < ?")
            .params(lineId, sessionId, lineId).update() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static ChatSession session(ResultSet rs, int row) throws SQLException {
        long conversation = rs.getLong("conversation_id");
        Long conversationId = rs.wasNull() ? null : conversation;
        int score = rs.getInt("survey_score");
        Integer surveyScore = rs.wasNull() ? null : score;
        return new ChatSession(rs.getLong("id"), rs.getLong("visitor_id"), conversationId,
            ChatState.valueOf(rs.getString("state")), Language.of(rs.getString("language")), rs.getString("page_url"),
            rs.getString("agent_name"), rs.getString("email"), rs.getBoolean("ask_email"), rs.getBoolean("ask_survey"),
            surveyScore, rs.getLong("agents_read_to"), rs.getLong("visitor_read_to"), rs.getObject("started_at", OffsetDateTime.class).toInstant());
    }
}
