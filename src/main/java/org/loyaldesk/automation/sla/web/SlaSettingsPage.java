package org.loyaldesk.automation.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.loyaldesk.automation.sla.BusinessCalendar;
import org.loyaldesk.automation.sla.DutchHolidays;
import org.loyaldesk.automation.sla.LiberationDay;
import org.loyaldesk.automation.sla.OpeningHours;
import org.loyaldesk.automation.sla.SlaCalendars;
import org.loyaldesk.automation.sla.SlaInput;
import org.loyaldesk.automation.sla.SlaPolicies;
import org.loyaldesk.automation.sla.SlaRecalculation;
import org.loyaldesk.automation.sla.SlaSettings;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.Team;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SLA policies, warning and bounce settings, and team calendars with holidays, for admins. */
@Controller
class SlaSettingsPage implements AdminPage {

    private static final String PAGE = "/settings/sla";

    /** One weekday's row on the form: its hours, blank when closed. */
    public record DayRow(String day, String opens, String closes) {
    }

    /** A Dutch holiday of this year as the form lists it. */
    public record HolidayRow(String date, String name) {
    }

    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final SlaSettings settings;
    private final SlaRecalculation recalculation;
    private final AgentDirectory directory;
    private final AdminForms forms;

    SlaSettingsPage(SlaPolicies policies, SlaCalendars calendars, SlaSettings settings, SlaRecalculation recalculation,
                    AgentDirectory directory, AdminForms forms) {
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
        this.recalculation = recalculation;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) Long team, Model model) {
        List<Team> teams = directory.teams();
        Long chosen = team != null ? team : teams.isEmpty() ? null : teams.getFirst().id();
        if (chosen != null && teams.stream().noneMatch(t -> t.id().equals(chosen))) {
            throw new NotFoundException("Team", chosen);
        }
        model.addAttribute("policies", policies.all());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("channels", Arrays.stream(Channel.values()).map(Channel::code).toList());
        model.addAttribute("warnPercent", settings.warnPercent());
        model.addAttribute("bounceMinutes", settings.bounceWindow().toMinutes());
        model.addAttribute("teams", teams);
        model.addAttribute("team", chosen);
        if (chosen != null) {
            BusinessCalendar own = calendars.ofTeams().get(chosen);
            BusinessCalendar calendar = own != null ? own : calendars.standard();
            model.addAttribute("ownCalendar", own != null);
            model.addAttribute("zone", calendar.zone().getId());
            model.addAttribute("days", Arrays.stream(DayOfWeek.values()).map(day -> {
                OpeningHours hours = calendar.week().get(day);
                return new DayRow(day.name().toLowerCase(Locale.ROOT), hours == null ? "" : hours.opens().toString(),
                    hours == null ? "" : hours.closes().toString());
            }).toList());
            DutchHolidays dutch = calendar.dutch();
            model.addAttribute("dutch", dutch != null);
            model.addAttribute("goodFriday", dutch != null && dutch.goodFriday());
            model.addAttribute("liberationDay", (dutch == null ? LiberationDay.EVERY_FIVE_YEARS : dutch.liberationDay()).code());
            model.addAttribute("liberationChoices", Arrays.stream(LiberationDay.values()).map(LiberationDay::code).toList());
            model.addAttribute("ownHolidays", String.join("\n", calendar.ownHolidays().stream().sorted()
                .map(LocalDate::toString).toList()));
            int year = Year.now(calendar.zone()).getValue();
            model.addAttribute("year", year);
            model.addAttribute("holidays", new DutchHolidays(dutch != null && dutch.goodFriday(),
                dutch == null ? LiberationDay.EVERY_FIVE_YEARS : dutch.liberationDay()).namedIn(year).entrySet().stream()
                .map(day -> new HolidayRow(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(LocaleContextHolder.getLocale()).format(day.getKey()), day.getValue())).toList());
        }
        return "automation/settings-sla";
    }

    @PostMapping(PAGE + "/policies")
    String savePolicy(@RequestParam String priority, @RequestParam(required = false) String channel,
                      @RequestParam(required = false) Long firstReply, @RequestParam(required = false) Long nextReply,
                      @RequestParam(required = false) Long resolution, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> {
            policies.save(SlaInput.policy(priority, channel, firstReply, nextReply, resolution));
            recalculation.soon();
        });
    }

    @PostMapping(PAGE + "/policies/delete")
    String deletePolicy(@RequestParam long id, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> {
            policies.delete(id);
            recalculation.soon();
        });
    }

    @PostMapping(PAGE + "/settings")
    String saveSettings(@RequestParam int warnPercent, @RequestParam int bounceMinutes, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> {
            settings.change(warnPercent, bounceMinutes);
            recalculation.soon();
        });
    }

    @PostMapping(PAGE + "/calendar")
    String saveCalendar(@RequestParam long team, @RequestParam String zone, @RequestParam Map<String, String> form,
                        @RequestParam(defaultValue = "false") boolean dutch,
                        @RequestParam(defaultValue = "false") boolean goodFriday,
                        @RequestParam(defaultValue = "every-five-years") String liberationDay,
                        @RequestParam(defaultValue = "") String ownHolidays, RedirectAttributes redirect) {
        String back = PAGE + "?team=" + team;
        return forms.attempt(redirect, back, () -> {
            directory.team(team).orElseThrow(() -> new NotFoundException("Team", team));
            Map<String, String> week = new LinkedHashMap<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                String opens = form.getOrDefault(name + "Opens", "").strip();
                String closes = form.getOrDefault(name + "Closes", "").strip();
                if (!opens.isEmpty() || !closes.isEmpty()) {
                    week.put(name, opens + "-" + closes);
                }
            }
            calendars.save(team, SlaInput.calendar(zone, week, dutch, goodFriday, liberationDay,
                Arrays.asList(ownHolidays.split("[\\s,]+"))));
            recalculation.soon();
        });
    }

    @PostMapping(PAGE + "/calendar/delete")
    String deleteCalendar(@RequestParam long team, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE + "?team=" + team, () -> {
            calendars.delete(team);
            recalculation.soon();
        });
    }
}
