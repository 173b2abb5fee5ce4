package org.loyaldesk.platform;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's business hours as they are now: what an admin set in the settings screen, else the
 * configured default ({@code loyaldesk.insight.opens}, {@code closes}, {@code loyaldesk.business-days}).
 * Ask {@link #current()} when the hours are needed rather than keeping them: an admin may change them.
 */
@Component
public class WorkingHours {

    static final String SETTING = "business-hours";

    private final AdminSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final BusinessHours defaults;

    WorkingHours(AdminSettings settings, AuditLog audit, ApplicationEventPublisher events, LoyaldeskProperties properties,
                 @Value("${loyaldesk.insight.opens:09:00}") String opens,
                 @Value("${loyaldesk.insight.closes:17:30}") String closes,
                 @Value("${loyaldesk.business-days:MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}") List<String> days) {
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.defaults = new BusinessHours(properties.timeZone(), LocalTime.parse(opens.trim()),
            LocalTime.parse(closes.trim()), days.stream().map(day -> DayOfWeek.valueOf(day.trim().toUpperCase()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
    }

    @Transactional(readOnly = true)
    public BusinessHours current() {
        return settings.chosen(SETTING).map(this::parse).orElse(defaults);
    }

    public BusinessHours defaults() {
        return defaults;
    }

    /** Sets the hours; the day must open before it closes and at least one day must be a working day. */
    @Transactional
    public BusinessHours change(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {
        if (!opens.isBefore(closes)) {
            throw new RuleViolationException("hours-order", "The team must open before it closes");
        }
        if (days.isEmpty()) {
            throw new RuleViolationException("hours-no-days", "Pick at least one working day");
        }
        BusinessHours hours = new BusinessHours(defaults.zone(), opens, closes, Set.copyOf(days));
        String value = format(hours);
        settings.choose(SETTING, value);
        audit.record("settings.business-hours", "setting", SETTING, value);
        events.publishEvent(new WorkingHoursChanged(hours));
        return hours;
    }

    /** Stored as {@code 09:00-17:30 MONDAY,TUESDAY}: readable in the audit log as it is. */
    private static String format(BusinessHours hours) {
        return hours.opens() + "-" + hours.closes() + " " + EnumSet.copyOf(hours.days()).stream()
            .map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private BusinessHours parse(String value) {
        String[] parts = value.split(" ", 2);
        String[] times = parts[0].split("-");
        Set<DayOfWeek> days = Arrays.stream(parts[1].split(",")).map(DayOfWeek::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new BusinessHours(defaults.zone(), LocalTime.parse(times[0]), LocalTime.parse(times[1]), days);
    }
}
