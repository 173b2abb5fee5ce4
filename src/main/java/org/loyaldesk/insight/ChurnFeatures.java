package org.loyaldesk.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.loyaldesk.customer.CustomerActivity;
import org.loyaldesk.survey.SurveyAnswer;

/**
 * A customer's churn features as they were at a moment: now for a customer still with us, the day
 * they left for one who churned (what happened after cannot have made them leave).
 */
final class ChurnFeatures {

    private ChurnFeatures() {
    }

    static double[] of(Instant asOf, Instant since, List<CustomerActivity.Purchase> purchases,
                       List<ConversationSignal> signals, List<SurveyAnswer> answers) {
        double[] x = new double[ChurnFeature.values().length];
        Instant quarter = asOf.minus(Duration.ofDays(90));
        Instant halfYear = asOf.minus(Duration.ofDays(180));
        Instant year = asOf.minus(Duration.ofDays(365));
        List<ConversationSignal> before = signals.stream().filter(s -> !s.spam() && !s.createdAt().isAfter(asOf)).toList();
        x[ChurnFeature.RECENT_EFFORT.ordinal()] = before.stream().filter(s -> s.createdAt().isAfter(quarter))
            .mapToDouble(s -> 7 - s.effort()).average().orElse(0);
        x[ChurnFeature.OPEN_ISSUES.ordinal()] = before.stream()
            .filter(s -> s.solvedAt() == null || s.solvedAt().isAfter(asOf)).count();
        List<ConversationSignal> recent = before.stream().filter(s -> s.createdAt().isAfter(halfYear)).toList();
        x[ChurnFeature.UNRECOVERED.ordinal()] = recent.stream().filter(s -> s.mood() == Mood.UNRECOVERED).count();
        x[ChurnFeature.REPEAT_CONTACTS.ordinal()] = recent.stream()
            .filter(s -> s.inputs().get(EffortDriver.REPEAT_CONTACTS) > 0 || "repeat-contact".equals(s.fcrReason()))
            .count();
        x[ChurnFeature.NEGATIVE_ANSWERS.ordinal()] = answers.stream()
            .filter(a -> a.negative() && a.answeredAt().isAfter(year) && !a.answeredAt().isAfter(asOf)).count();
        Instant lastOrder = purchases.stream().map(CustomerActivity.Purchase::orderedAt)
            .filter(at -> !at.isAfter(asOf)).max(Instant::compareTo).orElse(since);
        x[ChurnFeature.DAYS_SINCE_ORDER.ordinal()] = Math.log1p(Math.max(0, Duration.between(lastOrder, asOf).toDays()));
        x[ChurnFeature.TENURE.ordinal()] = Math.log1p(Math.max(0, Duration.between(since, asOf).toDays()));
        x[ChurnFeature.RECOVERED.ordinal()] = recent.stream().filter(s -> s.mood() == Mood.RECOVERED).count();
        return x;
    }
}
