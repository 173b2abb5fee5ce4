package org.loyaldesk.automation.macros;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored macros. */
@Repository
class Macros {

    private static final String COLUMNS = "id, name, owner_id, suggest_for, text_nl, text_en, set_status, set_priority, "
        + "set_reason, add_tags";

    private final JdbcClient jdbc;

    Macros(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shared macros and the agent's own; {@code agentId} null: only the shared ones. */
    List<Macro> visibleTo(Long agentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_macro WHERE owner_id IS NULL OR owner_id = ? "
                + "ORDER BY LOWER(name), id")
            .param(agentId == null ? -1L : agentId).query(Macros::macro).list();
    }

    Optional<Macro> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_macro WHERE id = ?").param(id).query(Macros::macro)
            .optional();
    }

    long insert(Macro macro, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO automation_macro (name, owner_id, suggest_for, text_nl, text_en, set_status, set_priority,
                    set_reason, add_tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(values(macro, now, now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Macro macro, Instant now) {
        jdbc.sql("""
                UPDATE automation_macro SET name = ?, owner_id = ?, suggest_for = ?, text_nl = ?, text_en = ?,
                    set_status = ?, set_priority = ?, set_reason = ?, add_tags = ?, updated_at = ? WHERE id = ?""")
            .params(name(macro), macro.ownerId(), macro.suggestFor(), macro.textNl(), macro.textEn(),
                code(macro.actions().status()), macro.actions().priority() == null ? null : macro.actions().priority().code(),
                macro.actions().contactReason(), tags(macro), now.atOffset(ZoneOffset.UTC), macro.id())
            .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM automation_macro WHERE id = ?").param(id).update();
    }

    private static Object[] values(Macro macro, Instant created, Instant updated) {
        MacroActions actions = macro.actions();
        return new Object[] { name(macro), macro.ownerId(), macro.suggestFor(), macro.textNl(), macro.textEn(),
            code(actions.status()), actions.priority() == null ? null : actions.priority().code(),
            actions.contactReason(), tags(macro), created.atOffset(ZoneOffset.UTC), updated.atOffset(ZoneOffset.UTC) };
    }

    private static String name(Macro macro) {
        return macro.name();
    }

    private static String code(ConversationStatus status) {
        return status == null ? null : status.code();
    }

    private static String tags(Macro macro) {
        return macro.actions().tags().isEmpty() ? null : String.join(",", macro.actions().tags());
    }

    private static Macro macro(ResultSet rs, int row) throws SQLException {
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        String status = rs.getString("set_status");
        String priority = rs.getString("set_priority");
        String tags = rs.getString("add_tags");
        return new Macro(rs.getLong("id"), rs.getString("name"), ownerId, rs.getString("suggest_for"),
            rs.getString("text_nl"), rs.getString("text_en"),
            new MacroActions(status == null ? null : ConversationStatus.fromCode(status),
                priority == null ? null : Priority.fromCode(priority), rs.getString("set_reason"),
                tags == null ? List.of() : Arrays.asList(tags.split(","))));
    }
}
