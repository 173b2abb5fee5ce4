package org.loyaldesk.automation.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Dutch public holidays a team can take off. Good Friday and Liberation Day are not days off for every
 * employer, so they are a choice; the rest follows from the date of Easter and the calendar.
 */
public record DutchHolidays(boolean goodFriday, LiberationDay liberationDay) {

    Set<LocalDate> in(int year) {
        return namedIn(year).keySet();
    }

    /** The holidays of a year by date, each with its code (message key {@code sla.holiday.<code>}). */
    public Map<LocalDate, String> namedIn(int year) {
        LocalDate easter = Easter.sunday(year);
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "new-year");
        if (goodFriday) {
            days.put(easter.minusDays(2), "good-friday");
        }
        days.put(easter, "easter-sunday");
        days.put(easter.plusDays(1), "easter-monday");
        days.put(kingsDay(year), "kings-day");
        if (liberationDay.offIn(year)) {
            days.put(LocalDate.of(year, Month.MAY, 5), "liberation-day");
        }
        days.put(easter.plusDays(39), "ascension-day");
        days.put(easter.plusDays(49), "whit-sunday");
        days.put(easter.plusDays(50), "whit-monday");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "christmas-day");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "boxing-day");
        return days;
    }

    /** 27 April, or the Saturday before when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }
}
