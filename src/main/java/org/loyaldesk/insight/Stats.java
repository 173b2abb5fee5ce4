package org.loyaldesk.insight;

import java.util.Collection;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Small statistics for the reports; empty groups give null, which shows as "–", never as 0. */
final class Stats {

    private Stats() {
    }

    static <T> Double mean(Collection<T> items, ToDoubleFunction<T> value) {
        return items.isEmpty() ? null : round(items.stream().mapToDouble(value).average().orElse(0));
    }

    /** The share of {@code items} for which {@code yes} holds among those {@code decided}, in 0 .. 1. */
    static <T> Double share(Collection<T> items, Predicate<T> decided, Predicate<T> yes) {
        long base = items.stream().filter(decided).count();
        return base == 0 ? null : round(items.stream().filter(decided).filter(yes).count() / (double) base);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
