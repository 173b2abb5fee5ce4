package org.loyaldesk.automation.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.platform.BusinessHours;

/**
 * When a team works: opening hours per weekday in its time zone, minus holidays (Dutch public holidays if chosen,
 * plus dates of its own). SLA targets count only this time: a question at Friday 17:00 with a four-hour target is
 * due on Monday, or on Tuesday when Monday is Easter Monday.
 */
public final class BusinessCalendar {

    /** Beyond this a target is unreachable (a calendar without a working day); the search stops rather than loops. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, OpeningHours> week;
    private final DutchHolidays dutch;
    private final Set<LocalDate> ownHolidays;
    private final Map<Integer, Set<LocalDate>> dutchByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, OpeningHours> week, DutchHolidays dutch,
                            Set<LocalDate> ownHolidays) {
        this.zone = zone;
        this.week = week.isEmpty() ? Map.of() : new EnumMap<>(week);
        this.dutch = dutch;
        this.ownHolidays = Set.copyOf(ownHolidays);
    }

    /** The instance's business hours ({@code WorkingHours}) as a calendar without holidays. */
    public static BusinessCalendar of(BusinessHours hours) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach(day -> week.put(day, new OpeningHours(hours.opens(), hours.closes())));
        return new BusinessCalendar(hours.zone(), week, null, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, OpeningHours> week() {
        return week;
    }

    public DutchHolidays dutch() {
        return dutch;
    }

    public Set<LocalDate> ownHolidays() {
        return ownHolidays;
    }

    public boolean holiday(LocalDate day) {
        return ownHolidays.contains(day)
            || dutch != null && dutchByYear.computeIfAbsent(day.getYear(), dutch::in).contains(day);
    }

    /** The moment {@code work} of business time after {@code start}; null when the calendar never opens. */
    public Instant plus(Instant start, Duration work) {
        if (!work.isPositive()) {
            return start;
        }
        Duration left = work;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Instant[] window = window(day);
            if (window == null || !window[1].isAfter(start)) {
                continue;
            }
            Instant from = start.isAfter(window[0]) ? start : window[0];
            Duration open = Duration.between(from, window[1]);
            if (left.compareTo(open) <= 0) {
                return from.plus(left);
            }
            left = left.minus(open);
        }
        return null;
    }

    /** Business time between two moments; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant[] window = window(day);
            if (window == null) {
                continue;
            }
            Instant start = from.isAfter(window[0]) ? from : window[0];
            Instant end = to.isBefore(window[1]) ? to : window[1];
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Opening and closing moment of a working day, or null on a day off. */
    private Instant[] window(LocalDate day) {
        OpeningHours hours = week.get(day.getDayOfWeek());
        if (hours == null || holiday(day)) {
            return null;
        }
        Instant open = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
        Instant close = hours.closes().equals(java.time.LocalTime.MIDNIGHT)
            ? day.plusDays(1).atStartOfDay(zone).toInstant() : ZonedDateTime.of(day, hours.closes(), zone).toInstant();
        return new Instant[] { open, close };
    }
}
