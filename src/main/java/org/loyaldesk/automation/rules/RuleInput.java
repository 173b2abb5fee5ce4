package org.loyaldesk.automation.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.StorableText;

/**
 * A rule as the API and the settings form send it, checked here: every condition and action must name a known
 * field, operator and value, so that a rule never fails later on a typo.
 */
public record RuleInput(String name, Boolean active, String trigger, String waitStatus, Integer waitHours,
                        List<Condition> conditions, List<RuleAction> actions) {

    static final Set<String> FIELDS = Set.of("channel", "status", "priority", "contact-reason", "tag", "language",
        "team", "anger", "at-risk");
    static final Set<String> ACTIONS = Set.of("assign-team", "assign-agent", "tag", "priority", "send-macro",
        "notify-lead", "status");
    static final int MAX_PARTS = 20;
    static final int MAX_WAIT_HOURS = 24 * 365;

    Rule toRule(long id, RuleVocabulary vocabulary) {
        String cleanName = text("name", name);
        if (cleanName == null || cleanName.length() > 120) {
            throw new RuleViolationException("rule-name", "A rule needs a name of at most 120 characters");
        }
        RuleTrigger when = RuleTrigger.fromCode(trigger);
        String status = null;
        Integer hours = null;
        if (when == RuleTrigger.TIME_PASSED) {
            status = ConversationStatus.fromCode(required("waitStatus", waitStatus)).code();
            if (waitHours == null || waitHours < 1 || waitHours > MAX_WAIT_HOURS) {
                throw new RuleViolationException("rule-wait", "A time rule waits 1 to " + MAX_WAIT_HOURS + " hours");
            }
            hours = waitHours;
        }
        List<Condition> ifs = conditions == null ? List.of() : conditions;
        List<RuleAction> thens = actions == null ? List.of() : actions;
        if (thens.isEmpty()) {
            throw new RuleViolationException("rule-actions", "A rule needs at least one action");
        }
        if (ifs.size() > MAX_PARTS || thens.size() > MAX_PARTS) {
            throw new RuleViolationException("rule-size", "A rule has at most " + MAX_PARTS + " conditions and actions");
        }
        List<Condition> checkedIfs = ifs.stream().map(c -> check(c, vocabulary)).toList();
        List<RuleAction> checkedThens = thens.stream().map(a -> check(a, vocabulary)).toList();
        return new Rule(id, cleanName, Boolean.TRUE.equals(active), when, status, hours, checkedIfs, checkedThens);
    }

    private static Condition check(Condition condition, RuleVocabulary vocabulary) {
        if (condition == null) {
            throw bad("an empty condition");
        }
        String field = lower(condition.field());
        String operator = lower(condition.operator());
        String value = text("value", condition.value());
        if (!FIELDS.contains(field)) {
            throw bad("the field '" + condition.field() + "'; use one of " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        Set<String> operators = field.equals("anger") ? Set.of("above", "below") : Set.of("is", "is-not");
        if (!operators.contains(operator)) {
            throw bad("the operator '" + condition.operator() + "' for " + field + "; use " + String.join(" or ",
                operators.stream().sorted().toList()));
        }
        if (value == null) {
            throw bad("an empty value for " + field);
        }
        value = value.toLowerCase(Locale.ROOT);
        try {
            switch (field) {
                case "channel" -> Channel.fromCode(value).orElseThrow();
                case "status" -> value = ConversationStatus.fromCode(value).code();
                case "priority" -> Priority.fromCode(value);
                case "contact-reason" -> require(vocabulary.reasons().contains(value));
                case "language" -> require(value.equals("nl") || value.equals("en"));
                case "team" -> value = id(value, vocabulary::isTeam);
                case "anger" -> {
                    double anger = Double.parseDouble(value);
                    require(anger >= 0 && anger <= 1);
                    value = String.valueOf(anger);
                }
                case "at-risk" -> require(value.equals("true") || value.equals("false"));
                case "tag" -> value = tag(value);
                default -> throw new IllegalStateException(field);
            }
        } catch (RuntimeException e) {
            throw bad("the value '" + condition.value() + "' for " + field);
        }
        return new Condition(field, operator, value);
    }

    private static RuleAction check(RuleAction action, RuleVocabulary vocabulary) {
        if (action == null) {
            throw bad("an empty action");
        }
        String type = lower(action.type());
        String value = text("value", action.value());
        if (!ACTIONS.contains(type)) {
            throw bad("the action '" + action.type() + "'; use one of " + String.join(", ", ACTIONS.stream().sorted().toList()));
        }
        try {
            switch (type) {
                case "assign-team" -> value = id(value, vocabulary::isTeam);
                case "assign-agent" -> value = id(value, vocabulary::isAgent);
                case "tag" -> value = tag(value);
                case "priority" -> value = Priority.fromCode(value).code();
                case "send-macro" -> value = id(value, vocabulary::isSharedMacro);
                case "status" -> require(value.equals("solved") || value.equals("closed"));
                case "notify-lead" -> value = null;
                default -> throw new IllegalStateException(type);
            }
        } catch (RuntimeException e) {
            throw bad("the value '" + action.value() + "' for the action " + type);
        }
        return new RuleAction(type, value == null ? null : value.toLowerCase(Locale.ROOT));
    }

    /** A tag as conversations carry it: lower case, spaces as dashes, at most 64 characters. */
    private static String tag(String value) {
        String tag = value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        require(tag.length() <= 64);
        return tag;
    }

    /** An id as stored: "0007" is 7, so that a padded id cannot grow the rule past its column. */
    private static String id(String value, java.util.function.LongPredicate exists) {
        long id = Long.parseLong(value);
        require(exists.test(id));
        return String.valueOf(id);
    }

    private static void require(boolean holds) {
        if (!holds) {
            throw new IllegalArgumentException();
        }
    }

    private static RuleViolationException bad(String what) {
        return new RuleViolationException("rule-part", "A rule cannot use " + what, what);
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String required(String field, String value) {
        String clean = text(field, value);
        if (clean == null) {
            throw new RuleViolationException("rule-wait", "A time rule needs " + field);
        }
        return clean;
    }

    private static String text(String field, String value) {
        return StorableText.optionalField(field, value);
    }
}
