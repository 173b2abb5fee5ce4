package org.loyaldesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing at the login form. Failed attempts are counted per account and
 * address together, per address and per account; past a few free failures the counter locks for
 * a minute, doubling with each further failure. Three counters, because each stops another
 * attacker: one guessing one agent's password from one machine (account and address, up to 15
 * minutes), one trying a password on many agents (address), and one guessing from many machines
 * (account). That last one locks a real agent out too, so its lock never lasts more than a minute:
 * it still caps guessing at a few dozen attempts a minute.
 * <p>
 * Kept in memory, as sessions are: one node's view, forgotten on restart, bounded in size.
 */
@Component
public class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final List<Rule> rules = List.of(
        new Rule(5, Duration.ofMinutes(15)), // account and address together
        new Rule(20, Duration.ofMinutes(15)), // address
        new Rule(50, Duration.ofMinutes(1))); // account, from anywhere
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must still wait, if it is locked; such an attempt is not even checked. */
    public Optional<Duration> lockedFor(String account, String address) {
        Instant now = clock.instant();
        return keys(account, address).stream().map(failures::get).filter(known -> known != null)
            .map(known -> Duration.between(now, known.lockedUntil())).filter(wait -> wait.isPositive())
            .max(Duration::compareTo);
    }

    /** Counts a wrong password; returns the lock it started, if it started one. */
    public Optional<Duration> failed(String account, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        List<String> keys = keys(account, address);
        Duration started = Duration.ZERO;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Failures after = failures.compute(keys.get(i), (key, known) ->
                (known == null || known.lastAt().plus(FORGET_AFTER).isBefore(now) ? Failures.NONE : known)
                    .plusOne(now, rule));
            Duration lock = rule.lockFor(after.count());
            if (lock.compareTo(started) > 0) {
                started = lock;
            }
        }
        return started.isZero() ? Optional.empty() : Optional.of(started);
    }

    /** The right password: this account's slate is clean again (the address keeps its count). */
    public void succeeded(String account, String address) {
        List<String> keys = keys(account, address);
        failures.remove(keys.get(0));
        failures.remove(keys.get(2));
    }

    private static List<String> keys(String account, String address) {
        String who = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        return List.of("p:" + who + "|" + address, "a:" + address, "u:" + who);
    }

    private void forgetOld(Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(known -> known.lastAt().plus(FORGET_AFTER).isBefore(now)
                && known.lockedUntil().isBefore(now));
        }
        if (failures.size() > MAX_TRACKED) {
            // still full of fresh entries: an attack from very many addresses; keep memory bounded
            failures.keySet().removeIf(key -> key.startsWith("p:"));
        }
    }

    /** Free failures, then a lock of one minute that doubles per failure, up to a ceiling. */
    private record Rule(int free, Duration ceiling) {

        Duration lockFor(int count) {
            if (count < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(count - free, 10);
            Duration lock = Duration.ofMinutes(1L << doublings);
            return lock.compareTo(ceiling) > 0 ? ceiling : lock;
        }
    }

    private record Failures(int count, Instant lastAt, Instant lockedUntil) {

        static final Failures NONE = new Failures(0, Instant.EPOCH, Instant.EPOCH);

        Failures plusOne(Instant now, Rule rule) {
            int next = count + 1;
            Duration lock = rule.lockFor(next);
            return new Failures(next, now, lock.isZero() ? lockedUntil : now.plus(lock));
        }
    }
}
