package org.loyaldesk.automation.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Dutch public holidays a team can take off. Good Friday and Liberation Day are not days off for every
 * employer, so they are a choice; the rest follows from the date of Easter and the calendar.
 */
public record DutchHolidays(boolean goodFriday, LiberationDay liberationDay) {

    Set<LocalDate> in(int year) {
        LocalDate easter = Easter.sunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        if (goodFriday) {
            days.add(easter.minusDays(2));
        }
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(kingsDay(year));
        if (liberationDay.offIn(year)) {
            days.add(LocalDate.of(year, Month.MAY, 5));
        }
        days.add(easter.plusDays(39)); // Ascension Day
        days.add(easter.plusDays(49)); // Whit Sunday
        days.add(easter.plusDays(50)); // Whit Monday
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** 27 April, or the Saturday before when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }
}
