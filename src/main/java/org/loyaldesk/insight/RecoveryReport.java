package org.loyaldesk.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.loyaldesk.customer.CustomerActivity;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Table;
import org.springframework.stereotype.Component;

/**
 * Whether service recovery pays: per kind of action, how many of the customers ordered again
 * afterwards, how many left anyway, and what they spent after it.
 */
@Component
class RecoveryReport {

    private final RecoveryActions actions;
    private final CustomerActivity activity;
    private final CustomerChurn churn;

    RecoveryReport(RecoveryActions actions, CustomerActivity activity, CustomerChurn churn) {
        this.actions = actions;
        this.activity = activity;
        this.churn = churn;
    }

    Table table() {
        Map<Long, CustomerActivity.Activity> customers = activity.all().stream()
            .collect(Collectors.toMap(CustomerActivity.Activity::customerId, Function.identity()));
        Map<Long, Instant> churned = churn.all();
        Map<RecoveryKind, List<RecoveryAction>> byKind = actions.all().stream()
            .collect(Collectors.groupingBy(RecoveryAction::kind));
        List<List<Cell>> rows = new ArrayList<>();
        for (RecoveryKind kind : RecoveryKind.values()) {
            List<RecoveryAction> taken = byKind.getOrDefault(kind, List.of());
            if (taken.isEmpty()) {
                continue;
            }
            List<Long> people = taken.stream().map(RecoveryAction::customerId).distinct().toList();
            long orderedAgain = taken.stream().filter(action -> !after(customers.get(action.customerId()), action.at())
                .isEmpty()).map(RecoveryAction::customerId).distinct().count();
            long left = people.stream().filter(churned::containsKey).count();
            BigDecimal spent = taken.stream().map(action -> after(customers.get(action.customerId()), action.at()).stream()
                .map(CustomerActivity.Purchase::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(List.of(Cell.key("insight.recovery." + kind.code()), LoyaltyReport.count(taken.size()),
                LoyaltyReport.count(people.size()), LoyaltyReport.percent(orderedAgain / (double) people.size()),
                LoyaltyReport.percent(left / (double) people.size()), Cell.number(spent.doubleValue())));
        }
        return new Table("recovery", List.of("insight.col.action", "insight.col.actions", "insight.col.customers",
            "insight.col.orderedAgain", "insight.col.churned", "insight.col.revenueAfter"), rows, Integer.MAX_VALUE);
    }

    private static List<CustomerActivity.Purchase> after(CustomerActivity.Activity customer, Instant at) {
        return customer == null ? List.of()
            : customer.purchases().stream().filter(purchase -> purchase.orderedAt().isAfter(at)).toList();
    }
}
