package org.loyaldesk.automation.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The SLA policies admins set: one per priority and channel, or per priority for any channel. */
@Component
public class SlaPolicies {

    private static final String ANY = "ANY";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SlaPolicies(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> all() {
        return jdbc.sql("SELECT * FROM automation_sla_policy ORDER BY priority, channel").query((rs, n) -> new SlaPolicy(
            rs.getLong("id"), Priority.valueOf(rs.getString("priority")),
            ANY.equals(rs.getString("channel")) ? null : Channel.valueOf(rs.getString("channel")),
            minutes(rs.getObject("first_reply_minutes")), minutes(rs.getObject("next_reply_minutes")),
            minutes(rs.getObject("resolution_minutes")))).list().stream()
            .sorted(java.util.Comparator.comparingInt((SlaPolicy p) -> p.priority().rank())
                .thenComparing(p -> p.channel() == null ? "" : p.channel().code()))
            .toList();
    }

    /** The policy of a priority and channel, else of the priority on any channel, else none. */
    static SlaPolicy applying(List<SlaPolicy> policies, Priority priority, Channel channel) {
        SlaPolicy anyChannel = null;
        for (SlaPolicy policy : policies) {
            if (policy.priority() == priority) {
                if (Objects.equals(policy.channel(), channel)) {
                    return policy;
                }
                if (policy.channel() == null) {
                    anyChannel = policy;
                }
            }
        }
        return anyChannel;
    }

    /** Sets the targets of a priority and channel, replacing what was there. */
    @Transactional
    public SlaPolicy save(SlaPolicy policy) {
        String channel = policy.channel() == null ? ANY : policy.channel().name();
        int changed = jdbc.sql("""
                UPDATE automation_sla_policy SET first_reply_minutes = ?, next_reply_minutes = ?, resolution_minutes = ?
                WHERE priority = ? AND channel = ?""")
            .params(policy.firstReplyMinutes(), policy.nextReplyMinutes(), policy.resolutionMinutes(),
                policy.priority().name(), channel).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO automation_sla_policy (priority, channel, first_reply_minutes, next_reply_minutes,
                                                       resolution_minutes) VALUES (?, ?, ?, ?, ?)""")
                .params(policy.priority().name(), channel, policy.firstReplyMinutes(), policy.nextReplyMinutes(),
                    policy.resolutionMinutes()).update();
        }
        audit.record("automation.sla.policy-saved", "sla-policy", policy.priority().code() + "/" + channel.toLowerCase(),
            policy.firstReplyMinutes() + "/" + policy.nextReplyMinutes() + "/" + policy.resolutionMinutes());
        return all().stream().filter(saved -> saved.priority() == policy.priority()
            && Objects.equals(saved.channel(), policy.channel())).findFirst().orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        if (jdbc.sql("DELETE FROM automation_sla_policy WHERE id = ?").param(id).update() == 0) {
            throw new NotFoundException("SLA policy", id);
        }
        audit.record("automation.sla.policy-deleted", "sla-policy", String.valueOf(id), null);
    }

    private static Duration minutes(Object value) {
        return value == null ? null : Duration.ofMinutes(((Number) value).longValue());
    }
}
