package org.loyaldesk.automation.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored rules; conditions and actions as JSON lists. */
@Repository
class Rules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, name, active, trigger_kind, wait_status, wait_hours, conditions, actions";

    private final JdbcClient jdbc;

    Rules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rule ORDER BY LOWER(name), id").query(Rules::rule).list();
    }

    List<Rule> active(RuleTrigger trigger) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rule WHERE active = TRUE AND trigger_kind = ? ORDER BY id")
            .param(trigger.code()).query(Rules::rule).list();
    }

    Optional<Rule> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM automation_rule WHERE id = ?").param(id).query(Rules::rule).optional();
    }

    long insert(Rule rule, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO automation_rule (name, active, trigger_kind, wait_status, wait_hours, conditions, actions,
                    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(rule.name(), rule.active(), rule.trigger().code(), rule.waitStatus(), rule.waitHours(),
                JSON.writeValueAsString(rule.conditions()), JSON.writeValueAsString(rule.actions()),
                now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Rule rule, Instant now) {
        jdbc.sql("""
                UPDATE automation_rule SET name = ?, active = ?, trigger_kind = ?, wait_status = ?, wait_hours = ?,
                    conditions = ?, actions = ?, updated_at = ? WHERE id = ?""")
            .params(rule.name(), rule.active(), rule.trigger().code(), rule.waitStatus(), rule.waitHours(),
                JSON.writeValueAsString(rule.conditions()), JSON.writeValueAsString(rule.actions()),
                now.atOffset(ZoneOffset.UTC), rule.id())
            .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM automation_rule WHERE id = ?").param(id).update();
    }

    private static Rule rule(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("wait_hours");
        Integer waitHours = rs.wasNull() ? null : hours;
        return new Rule(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"),
            RuleTrigger.fromCode(rs.getString("trigger_kind")), rs.getString("wait_status"), waitHours,
            JSON.readValue(rs.getString("conditions"), new TypeReference<List<Condition>>() { }),
            JSON.readValue(rs.getString("actions"), new TypeReference<List<RuleAction>>() { }));
    }
}
