package org.loyaldesk.channel.email.automatic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class AutoReplyThrottleTests {

    final Instant start = Instant.parse("2026-01-05T09:00:00Z");
    final MutableClock clock = new MutableClock(start);
    final AutoReplyThrottle throttle = new AutoReplyThrottle(new AutoReplyBudget(3, Duration.ofHours(24)), clock);

    @Test
    void anAddressGetsAtMostThreeAutomaticRepliesInADay() {
        assertThat(throttle.tryReserve("jan@example.nl")).isTrue();
        assertThat(throttle.tryReserve("jan@example.nl")).isTrue();
        assertThat(throttle.tryReserve("JAN@example.nl ")).isTrue();
        assertThat(throttle.tryReserve("jan@example.nl")).isFalse();
        assertThat(throttle.tryReserve("piet@example.nl")).isTrue();
    }

    @Test
    void theBudgetComesBackAsRepliesLeaveTheWindow() {
        throttle.tryReserve("jan@example.nl");
        clock.advance(Duration.ofHours(12));
        throttle.tryReserve("jan@example.nl");
        throttle.tryReserve("jan@example.nl");
        assertThat(throttle.tryReserve("jan@example.nl")).isFalse();

        clock.advance(Duration.ofHours(12));

        assertThat(throttle.tryReserve("jan@example.nl")).isTrue();
        assertThat(throttle.tryReserve("jan@example.nl")).isFalse();
    }

    @Test
    void theRuleCanBeCheckedAgainstRepliesRememberedElsewhere() {
        AutoReplyBudget budget = new AutoReplyBudget(2, Duration.ofHours(24));
        Instant now = start.plus(Duration.ofHours(30));

        assertThat(budget.allows(List.of(start, start.plus(Duration.ofHours(7))), now)).isTrue();
        assertThat(budget.allows(List.of(now.minusSeconds(60), now.minusSeconds(30)), now)).isFalse();
        assertThatThrownBy(() -> new AutoReplyBudget(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesWhoseRepliesAreOldAreForgotten() {
        for (int i = 0; i < 10_000; i++) {
            throttle.tryReserve("customer" + i + "@example.nl");
        }
        clock.advance(Duration.ofDays(2));
        throttle.tryReserve("late@example.nl");

        assertThat(throttle.addressesRemembered()).isLessThan(10);
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
