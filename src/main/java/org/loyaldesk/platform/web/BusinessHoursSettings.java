package org.loyaldesk.platform.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.WorkingHours;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's business hours, for admins: they count response times and decide when chat reaches a person. */
@Controller
class BusinessHoursSettings implements AdminPage {

    private static final String PAGE = "/settings/hours";

    private final WorkingHours hours;
    private final AdminForms forms;

    BusinessHoursSettings(WorkingHours hours, AdminForms forms) {
        this.hours = hours;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("hours", hours.current());
        model.addAttribute("defaults", hours.defaults());
        model.addAttribute("week", List.of(DayOfWeek.values()));
        return "settings-hours";
    }

    @PostMapping(PAGE)
    String change(@RequestParam String opens, @RequestParam String closes,
                  @RequestParam(required = false) List<DayOfWeek> days, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> {
            Set<DayOfWeek> chosen = days == null || days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
            hours.change(time(opens), time(closes), chosen);
        });
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("time-format", "A time is written as 09:00");
        }
    }
}
