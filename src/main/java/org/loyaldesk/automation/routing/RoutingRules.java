package org.loyaldesk.automation.routing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The routing rules in the order the admin put them: the first active rule that matches names the team. */
@Component
public class RoutingRules {

    static final int MOST = 1_000;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._/-]{1,64}");

    private final JdbcClient jdbc;
    private final AgentDirectory directory;
    private final ContactReasons reasons;
    private final AuditLog audit;
    private final Clock clock;

    RoutingRules(JdbcClient jdbc, AgentDirectory directory, ContactReasons reasons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.reasons = reasons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> all() {
        return jdbc.sql("""
                SELECT id, position, team_id, channel, language, contact_reason, product_sku, min_value, min_anger, active
                FROM automation_routing_rule ORDER BY position, id""")
            .query((rs, n) -> new RoutingRule(rs.getLong("id"), rs.getInt("position"), rs.getLong("team_id"),
                Optional.ofNullable(rs.getString("channel")).flatMap(Channel::fromCode).orElse(null),
                rs.getString("language"), rs.getString("contact_reason"), rs.getString("product_sku"),
                rs.getBigDecimal("min_value"), rs.getBigDecimal("min_anger"), rs.getBoolean("active")))
            .list();
    }

    public Optional<RoutingRule> firstMatch(Facts facts) {
        return all().stream().filter(RoutingRule::active).filter(rule -> rule.matches(facts)).findFirst();
    }

    /** Adds a rule at the end of the list. */
    @Transactional
    public RoutingRule add(RuleInput input) {
        if (input == null || input.teamId() == null) {
            throw new RuleViolationException("routing-team", "A routing rule names the team it sends to");
        }
        if (directory.team(input.teamId()).isEmpty()) {
            throw new NotFoundException("Team", input.teamId());
        }
        Integer count = jdbc.sql("SELECT COUNT(*) FROM automation_routing_rule").query(Integer.class).single();
        if (count >= MOST) {
            throw new RuleViolationException("routing-too-many", "There are at most " + MOST + " routing rules");
        }
        String channel = blank(input.channel()) ? null : Channel.fromCode(input.channel()).map(Channel::code)
            .orElseThrow(() -> new RuleViolationException("routing-channel", "Channel is one of " + Channel.codes()));
        String language = blank(input.language()) ? null : language(input.language());
        String reason = blank(input.contactReason()) ? null : reason(input.contactReason().strip());
        String sku = blank(input.product()) ? null : sku(input.product().strip());
        BigDecimal value = range(input.minCustomerValue(), BigDecimal.ZERO, new BigDecimal("9999999999"), "routing-value",
            "A customer value is between 0 and 9999999999");
        BigDecimal anger = range(input.minAnger(), BigDecimal.ZERO, BigDecimal.ONE, "routing-anger",
            "Anger is between 0 and 1");
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM automation_routing_rule")
            .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO automation_routing_rule (position, team_id, channel, language, contact_reason, product_sku,
                    min_value, min_anger, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(position, input.teamId(), channel == null ? null : channel.toUpperCase(Locale.ROOT), language, reason,
                sku, value, anger, input.active() == null || input.active(), java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
            .update();
        RoutingRule rule = all().stream().filter(r -> r.position() == position).reduce((a, b) -> b).orElseThrow();
        audit.record("routing.rule-added", "routing-rule", rule.id(), "team " + rule.teamId() + ": " + rule.conditions());
        return rule;
    }

    @Transactional
    public void remove(long id) {
        if (jdbc.sql("DELETE FROM automation_routing_rule WHERE id = ?").param(id).update() == 0) {
            throw new NotFoundException("Routing rule", id);
        }
        audit.record("routing.rule-removed", "routing-rule", id, null);
    }

    @Transactional
    public void activate(long id, boolean active) {
        if (jdbc.sql("UPDATE automation_routing_rule SET active = ? WHERE id = ?").params(active, id).update() == 0) {
            throw new NotFoundException("Routing rule", id);
        }
        audit.record(active ? "routing.rule-on" : "routing.rule-off", "routing-rule", id, null);
    }

    /** Puts the rules in this order; every rule must be named once. */
    @Transactional
    public void reorder(List<Long> ids) {
        List<Long> known = all().stream().map(RoutingRule::id).toList();
        if (ids == null || ids.size() != known.size() || !new HashSet<>(ids).equals(new HashSet<>(known))) {
            throw new RuleViolationException("routing-order", "The new order names every routing rule exactly once");
        }
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("UPDATE automation_routing_rule SET position = ? WHERE id = ?").params(i + 1, ids.get(i)).update();
        }
        audit.record("routing.rules-reordered", "routing-rule", "all", ids.toString());
    }

    /** Moves a rule one place up (earlier: it wins over the one it passes) or down. */
    @Transactional
    public void move(long id, boolean up) {
        List<Long> order = new ArrayList<>(all().stream().map(RoutingRule::id).toList());
        int at = order.indexOf(id);
        if (at < 0) {
            throw new NotFoundException("Routing rule", id);
        }
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, id);
            reorder(order);
        }
    }

    private String reason(String code) {
        if (!reasons.codes().contains(code)) {
            throw new RuleViolationException("routing-reason", "Unknown contact reason: use one of " + reasons.codes());
        }
        return code;
    }

    private static String language(String code) {
        String clean = code.strip().toLowerCase(Locale.ROOT);
        if (!clean.equals("nl") && !clean.equals("en")) {
            throw new RuleViolationException("routing-language", "Language is nl or en");
        }
        return clean;
    }

    private static String sku(String sku) {
        if (!SKU.matcher(sku).matches()) {
            throw new RuleViolationException("routing-product", "A product is its SKU: letters, digits, . _ / -, "
                + "at most 64");
        }
        return sku;
    }

    private static BigDecimal range(BigDecimal value, BigDecimal min, BigDecimal max, String code, String message) {
        if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
            throw new RuleViolationException(code, message);
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
