package org.loyaldesk.automation.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every firing. Claiming a firing is an insert on a unique key (rule, conversation, occasion): of two
 * nodes that see the same occasion, one inserts and acts, the other gets a duplicate key and does nothing.
 */
@Repository
class RuleFirings {

    private final JdbcClient jdbc;

    RuleFirings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(long ruleId, long conversationId, String occasion, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO automation_rule_firing (rule_id, conversation_id, occasion, fired_at, fired_on)
                    VALUES (?, ?, ?, ?, ?)""")
                .params(ruleId, conversationId, occasion, now.atOffset(ZoneOffset.UTC), day(now)).update() == 1;
        } catch (DuplicateKeyException alreadyFired) {
            return false;
        }
    }

    /** How often rules fired on this conversation today (UTC): the loop cap counts these. */
    int today(long conversationId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_rule_firing WHERE conversation_id = ? AND fired_on = ?")
            .params(conversationId, day(now)).query(Integer.class).single();
    }

    int count(long ruleId, long conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM automation_rule_firing WHERE rule_id = ? AND conversation_id = ?")
            .params(ruleId, conversationId).query(Integer.class).single();
    }

    private static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
