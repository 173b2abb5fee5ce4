package org.loyaldesk.automation.rules.web;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.automation.rules.Condition;
import org.loyaldesk.automation.rules.Rule;
import org.loyaldesk.automation.rules.RuleAction;
import org.loyaldesk.automation.rules.RuleInput;

/**
 * The rule form as typed: conditions one per line as "field operator value" ("anger above 0.6"), actions one per
 * line as "action value" ("tag vip", "notify-lead"). A line that does not split is passed on as it is, so the rule's
 * own check says what is wrong with it.
 */
public record RuleForm(String name, Boolean active, String trigger, String waitStatus, Integer waitHours,
                       String conditions, String actions) {

    static RuleForm empty() {
        return new RuleForm("", false, "message-received", "pending", 72, "", "");
    }

    static RuleForm of(Rule rule) {
        return new RuleForm(rule.name(), rule.active(), rule.trigger().code(), rule.waitStatus(), rule.waitHours(),
            String.join("\n", rule.conditions().stream().map(c -> c.field() + " " + c.operator() + " " + c.value()).toList()),
            String.join("\n", rule.actions().stream().map(a -> a.value() == null ? a.type() : a.type() + " " + a.value())
                .toList()));
    }

    RuleInput input() {
        List<Condition> ifs = new ArrayList<>();
        for (String line : lines(conditions)) {
            String[] parts = line.split("\\s+", 3);
            ifs.add(new Condition(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
        }
        List<RuleAction> thens = new ArrayList<>();
        for (String line : lines(actions)) {
            String[] parts = line.split("\\s+", 2);
            thens.add(new RuleAction(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return new RuleInput(name, Boolean.TRUE.equals(active), trigger, waitStatus, waitHours, ifs, thens);
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
