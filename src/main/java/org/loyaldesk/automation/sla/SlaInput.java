package org.loyaldesk.automation.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.Channel;

/**
 * Reads what an admin typed (on a screen or through the API) into policies and calendars; anything unreadable is
 * an {@link IllegalArgumentException} with a sentence saying what is expected, answered as 400 or a form error.
 */
public final class SlaInput {

    private static final int MAX_HOLIDAYS = 200;

    private SlaInput() {
    }

    public static SlaPolicy policy(String priority, String channel, Long firstReply, Long nextReply, Long resolution) {
        if (priority == null || priority.isBlank()) {
            throw new IllegalArgumentException("A policy needs a priority: urgent, high, normal or low");
        }
        Channel on = channel == null || channel.isBlank() || channel.equalsIgnoreCase("any") ? null
            : Channel.fromCode(channel).orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + channel + "'"));
        return new SlaPolicy(null, Priority.fromCode(priority), on, minutes(firstReply), minutes(nextReply),
            minutes(resolution));
    }

    /** {@code week}: day name (monday…) to "09:00-17:30"; a day left out or blank is closed. */
    public static BusinessCalendar calendar(String zone, Map<String, String> week, boolean dutchHolidays,
                                            boolean goodFriday, String liberationDay, Collection<String> ownHolidays) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + zone + "'; use a name such as Europe/Amsterdam");
        }
        Map<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, String> day : (week == null ? Map.<String, String>of() : week).entrySet()) {
            if (day.getValue() == null || day.getValue().isBlank()) {
                continue;
            }
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.getKey().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown day '" + day.getKey() + "'; use monday to sunday");
            }
            try {
                days.put(weekday, OpeningHours.parse(day.getValue()));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("Opening hours are written as 09:00-17:30");
            }
        }
        Set<LocalDate> own = new TreeSet<>();
        for (String date : ownHolidays == null ? Set.<String>of() : ownHolidays) {
            if (date == null || date.isBlank()) {
                continue;
            }
            try {
                own.add(LocalDate.parse(date.strip()));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("A holiday is a date written as 2026-12-31");
            }
        }
        if (own.size() > MAX_HOLIDAYS) {
            throw new IllegalArgumentException("At most " + MAX_HOLIDAYS + " holidays of your own");
        }
        DutchHolidays dutch = dutchHolidays ? new DutchHolidays(goodFriday, liberationDay == null
            || liberationDay.isBlank() ? LiberationDay.EVERY_FIVE_YEARS : LiberationDay.fromCode(liberationDay)) : null;
        return new BusinessCalendar(zoneId, days, dutch, own);
    }

    private static Duration minutes(Long minutes) {
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }
}
