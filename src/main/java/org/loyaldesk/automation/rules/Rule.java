package org.loyaldesk.automation.rules;

import java.util.List;

/**
 * When {@code trigger}, if all {@code conditions}, then {@code actions}. A time rule also names the status a
 * conversation must have been in ({@code waitStatus}) for at least {@code waitHours}.
 */
public record Rule(long id, String name, boolean active, RuleTrigger trigger, String waitStatus, Integer waitHours,
                   List<Condition> conditions, List<RuleAction> actions) {

    public Rule {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    public String triggerCode() {
        return trigger.code();
    }
}
