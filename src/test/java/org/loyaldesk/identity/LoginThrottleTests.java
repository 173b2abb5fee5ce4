package org.loyaldesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves: who is locked, for how long, and when not. */
class LoginThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatAddressForAMinuteThenLonger() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).isEmpty();
        }
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("Anna@Shop.nl ", "198.51.100.1")).contains(Duration.ofMinutes(1));

        clock.pass(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor("anna@shop.nl", "198.51.100.1")).isEmpty();
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).contains(Duration.ofMinutes(2));
        clock.pass(Duration.ofMinutes(3));
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).contains(Duration.ofMinutes(4));
    }

    @Test
    void aGuesserOnOneMachineIsHeldAtMostAQuarterOfAnHourPerAttempt() {
        for (int i = 0; i < 15; i++) {
            throttle.failed("anna@shop.nl", "198.51.100.1");
            clock.pass(Duration.ofMinutes(20));
        }
        assertThat(throttle.lockedFor("anna@shop.nl", "198.51.100.1")).isEmpty();
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void theRealAgentOnTheirOwnMachineIsNotLockedOutByAGuesserElsewhere() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("anna@shop.nl", "198.51.100.1");
        }
        assertThat(throttle.lockedFor("anna@shop.nl", "198.51.100.1")).isPresent();
        assertThat(throttle.lockedFor("anna@shop.nl", "203.0.113.20")).isEmpty();
    }

    @Test
    void guessingFromManyMachinesLocksTheAccountForNoMoreThanAMinute() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("anna@shop.nl", "198.51.100." + i);
        }
        assertThat(throttle.lockedFor("anna@shop.nl", "203.0.113.20")).hasValueSatisfying(wait ->
            assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        clock.pass(Duration.ofSeconds(61));
        assertThat(throttle.lockedFor("anna@shop.nl", "203.0.113.20")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsLocked() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("agent" + i + "@shop.nl", "198.51.100.1");
        }
        assertThat(throttle.lockedFor("someone-else@shop.nl", "198.51.100.1")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("someone-else@shop.nl", "203.0.113.20")).isEmpty();
    }

    @Test
    void theRightPasswordWipesTheAccountsSlateAndOldFailuresAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna@shop.nl", "198.51.100.1");
        }
        throttle.succeeded("anna@shop.nl", "198.51.100.1");
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).isEmpty();

        for (int i = 0; i < 3; i++) {
            throttle.failed("anna@shop.nl", "198.51.100.1");
        }
        clock.pass(Duration.ofHours(2));
        assertThat(throttle.failed("anna@shop.nl", "198.51.100.1")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
