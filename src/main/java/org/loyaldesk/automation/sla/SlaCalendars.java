package org.loyaldesk.automation.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.WorkingHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of each team that has one of its own; every other conversation runs on the instance's business
 * hours ({@link WorkingHours}, without holidays), so that insight and chat keep one source of the default hours.
 */
@Component
public class SlaCalendars {

    private final JdbcClient jdbc;
    private final WorkingHours workingHours;
    private final AuditLog audit;

    SlaCalendars(JdbcClient jdbc, WorkingHours workingHours, AuditLog audit) {
        this.jdbc = jdbc;
        this.workingHours = workingHours;
        this.audit = audit;
    }

    /** The team calendars, by team id. */
    @Transactional(readOnly = true)
    public Map<Long, BusinessCalendar> ofTeams() {
        Map<Long, BusinessCalendar> calendars = new HashMap<>();
        jdbc.sql("SELECT * FROM automation_sla_calendar").query((rs, n) -> calendars.put(rs.getLong("team_id"),
            new BusinessCalendar(ZoneId.of(rs.getString("zone")), parseWeek(rs.getString("week")),
                rs.getBoolean("dutch_holidays") ? new DutchHolidays(rs.getBoolean("good_friday"),
                    LiberationDay.valueOf(rs.getString("liberation_day"))) : null,
                parseDates(rs.getString("own_holidays"))))).list();
        return calendars;
    }

    public BusinessCalendar standard() {
        return BusinessCalendar.of(workingHours.current());
    }

    /** Sets a team's calendar; it must open on at least one day. */
    @Transactional
    public void save(long teamId, BusinessCalendar calendar) {
        if (calendar.week().isEmpty()) {
            throw new org.loyaldesk.platform.RuleViolationException("hours-no-days", "Pick at least one working day");
        }
        String week = formatWeek(calendar.week());
        String own = calendar.ownHolidays().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        DutchHolidays dutch = calendar.dutch();
        Object[] values = { calendar.zone().getId(), week, dutch != null, dutch != null && dutch.goodFriday(),
            dutch == null ? LiberationDay.NEVER.name() : dutch.liberationDay().name(), own, teamId };
        if (jdbc.sql("""
                UPDATE automation_sla_calendar SET zone = ?, week = ?, dutch_holidays = ?, good_friday = ?,
                       liberation_day = ?, own_holidays = ? WHERE team_id = ?""").params(values).update() == 0) {
            jdbc.sql("""
                    INSERT INTO automation_sla_calendar (zone, week, dutch_holidays, good_friday, liberation_day,
                                                         own_holidays, team_id) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(values).update();
        }
        audit.record("automation.sla.calendar-saved", "team", teamId, week + (dutch != null ? " +NL" : ""));
    }

    @Transactional
    public void delete(long teamId) {
        if (jdbc.sql("DELETE FROM automation_sla_calendar WHERE team_id = ?").param(teamId).update() == 0) {
            throw new NotFoundException("Calendar of team", teamId);
        }
        audit.record("automation.sla.calendar-deleted", "team", teamId, null);
    }

    static String formatWeek(Map<DayOfWeek, OpeningHours> week) {
        return new EnumMap<>(week).entrySet().stream().map(day -> day.getKey().name() + " " + day.getValue())
            .collect(Collectors.joining(","));
    }

    static Map<DayOfWeek, OpeningHours> parseWeek(String text) {
        Map<DayOfWeek, OpeningHours> week = new EnumMap<>(DayOfWeek.class);
        for (String day : text.split(",")) {
            if (!day.isBlank()) {
                String[] parts = day.strip().split(" ", 2);
                week.put(DayOfWeek.valueOf(parts[0]), OpeningHours.parse(parts[1]));
            }
        }
        return week;
    }

    private static Set<LocalDate> parseDates(String text) {
        return Arrays.stream(text.split(",")).filter(date -> !date.isBlank()).map(LocalDate::parse)
            .collect(Collectors.toCollection(TreeSet::new));
    }
}
