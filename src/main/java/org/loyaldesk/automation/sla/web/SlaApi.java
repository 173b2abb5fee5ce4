package org.loyaldesk.automation.sla.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.loyaldesk.automation.sla.BusinessCalendar;
import org.loyaldesk.automation.sla.DutchHolidays;
import org.loyaldesk.automation.sla.LiberationDay;
import org.loyaldesk.automation.sla.SlaCalendars;
import org.loyaldesk.automation.sla.SlaInput;
import org.loyaldesk.automation.sla.SlaPolicies;
import org.loyaldesk.automation.sla.SlaPolicy;
import org.loyaldesk.automation.sla.SlaRecalculation;
import org.loyaldesk.automation.sla.SlaReport;
import org.loyaldesk.automation.sla.SlaSettings;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** SLA policies, team calendars and settings for admins; the breach report for leads. */
@RestController
@RequestMapping("/api/v1/automation/sla")
class SlaApi {

    record PolicyBody(String priority, String channel, Long firstReplyMinutes, Long nextReplyMinutes,
                      Long resolutionMinutes) {
    }

    record PolicyView(long id, String priority, String channel, Long firstReplyMinutes, Long nextReplyMinutes,
                      Long resolutionMinutes) {
        static PolicyView of(SlaPolicy policy) {
            return new PolicyView(policy.id(), policy.priority().code(),
                policy.channel() == null ? "any" : policy.channel().code(), policy.firstReplyMinutes(),
                policy.nextReplyMinutes(), policy.resolutionMinutes());
        }
    }

    record CalendarBody(String zone, Map<String, String> week, Boolean dutchHolidays, Boolean goodFriday,
                        String liberationDay, List<String> holidays) {
    }

    record CalendarView(Long teamId, boolean own, String zone, Map<String, String> week, boolean dutchHolidays,
                        boolean goodFriday, String liberationDay, List<LocalDate> holidays) {
    }

    record Holiday(LocalDate date, String name) {
    }

    record SettingsBody(Integer warnPercent, Integer bounceMinutes) {
    }

    record Recomputed(int conversations, long millis) {
    }

    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final SlaSettings settings;
    private final SlaRecalculation recalculation;
    private final SlaReport report;
    private final AgentDirectory directory;

    SlaApi(SlaPolicies policies, SlaCalendars calendars, SlaSettings settings, SlaRecalculation recalculation,
           SlaReport report, AgentDirectory directory) {
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
        this.recalculation = recalculation;
        this.report = report;
        this.directory = directory;
    }

    @GetMapping("/policies")
    List<PolicyView> policies() {
        return policies.all().stream().map(PolicyView::of).toList();
    }

    @Operation(summary = "Set the targets (in business minutes) of a priority on a channel ('any': every other channel)",
        description = "Replaces the policy of the same priority and channel; open conversations are recomputed.")
    @PutMapping("/policies")
    @PreAuthorize("hasRole('ADMIN')")
    PolicyView savePolicy(@RequestBody PolicyBody body) {
        SlaPolicy saved = policies.save(SlaInput.policy(body.priority(), body.channel(), body.firstReplyMinutes(),
            body.nextReplyMinutes(), body.resolutionMinutes()));
        recalculation.soon();
        return PolicyView.of(saved);
    }

    @DeleteMapping("/policies/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePolicy(@PathVariable long id) {
        policies.delete(id);
        recalculation.soon();
    }

    @Operation(summary = "A team's business-hours calendar (the instance's business hours when it has none)")
    @GetMapping("/calendars/{teamId}")
    CalendarView calendar(@PathVariable long teamId) {
        directory.team(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        BusinessCalendar own = calendars.ofTeams().get(teamId);
        BusinessCalendar calendar = own == null ? calendars.standard() : own;
        return view(teamId, own != null, calendar);
    }

    @Operation(summary = "Set a team's calendar: time zone, opening hours per weekday, Dutch public holidays and "
        + "holidays of its own", description = "week: {\"monday\": \"09:00-17:30\", …}; a day left out is closed. "
        + "liberationDay: never, every-year or every-five-years.")
    @PutMapping("/calendars/{teamId}")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarView saveCalendar(@PathVariable long teamId, @RequestBody CalendarBody body) {
        directory.team(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        BusinessCalendar calendar = SlaInput.calendar(body.zone(), body.week(),
            Boolean.TRUE.equals(body.dutchHolidays()), Boolean.TRUE.equals(body.goodFriday()), body.liberationDay(),
            body.holidays());
        calendars.save(teamId, calendar);
        recalculation.soon();
        return view(teamId, true, calendar);
    }

    @DeleteMapping("/calendars/{teamId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCalendar(@PathVariable long teamId) {
        calendars.delete(teamId);
        recalculation.soon();
    }

    @Operation(summary = "The Dutch public holidays of a year, to pick from")
    @GetMapping("/holidays/nl")
    List<Holiday> dutchHolidays(@RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "false") boolean goodFriday,
                                @RequestParam(defaultValue = "every-five-years") String liberationDay) {
        int chosen = year == null ? Year.now().getValue() : year;
        if (chosen < 1900 || chosen > 2200) {
            throw new IllegalArgumentException("year is between 1900 and 2200");
        }
        return new DutchHolidays(goodFriday, LiberationDay.fromCode(liberationDay)).namedIn(chosen).entrySet().stream()
            .map(day -> new Holiday(day.getKey(), day.getValue())).toList();
    }

    @GetMapping("/settings")
    SettingsBody settings() {
        return new SettingsBody(settings.warnPercent(), (int) settings.bounceWindow().toMinutes());
    }

    @Operation(summary = "Warn at this share of a target's time (1–99%); a hand-back within this many business "
        + "minutes is a bounce")
    @PutMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    SettingsBody changeSettings(@RequestBody SettingsBody body) {
        if (body.warnPercent() == null || body.bounceMinutes() == null) {
            throw new IllegalArgumentException("Give warnPercent and bounceMinutes");
        }
        settings.change(body.warnPercent(), body.bounceMinutes());
        recalculation.soon();
        return settings();
    }

    @Operation(summary = "Recompute the due time of every open conversation now (it also happens after every change)")
    @PostMapping("/recompute")
    @PreAuthorize("hasRole('ADMIN')")
    Recomputed recompute() {
        long started = System.nanoTime();
        int count = recalculation.now();
        return new Recomputed(count, (System.nanoTime() - started) / 1_000_000);
    }

    @Operation(summary = "Warnings and breaches of the last weeks per team, contact reason and agent")
    @GetMapping("/breaches")
    @PreAuthorize("hasRole('LEAD')")
    SlaReport.Report breaches(@RequestParam(defaultValue = "4") int weeks) {
        return report.of(weeks);
    }

    private static CalendarView view(long teamId, boolean own, BusinessCalendar calendar) {
        Map<String, String> week = new LinkedHashMap<>();
        new EnumMap<>(calendar.week()).forEach((day, hours) -> week.put(day.name().toLowerCase(Locale.ROOT),
            hours.toString()));
        DutchHolidays dutch = calendar.dutch();
        return new CalendarView(teamId, own, calendar.zone().getId(), week, dutch != null,
            dutch != null && dutch.goodFriday(), dutch == null ? "never" : dutch.liberationDay().code(),
            calendar.ownHolidays().stream().sorted().toList());
    }

}
