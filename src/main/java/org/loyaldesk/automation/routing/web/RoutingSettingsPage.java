package org.loyaldesk.automation.routing.web;

import java.math.BigDecimal;

import org.loyaldesk.automation.routing.RoutingRules;
import org.loyaldesk.automation.routing.RoutingSettings;
import org.loyaldesk.automation.routing.RuleInput;
import org.loyaldesk.automation.routing.TeamAssignment;
import org.loyaldesk.automation.routing.TeamRoutings;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Routing for admins: whether it runs, the team for angry customers, the rules in order, each team's assignment. */
@Controller
class RoutingSettingsPage implements AdminPage {

    private static final String PAGE = "/settings/routing";

    private final RoutingSettings settings;
    private final RoutingRules rules;
    private final TeamRoutings teams;
    private final AgentDirectory directory;
    private final ContactReasons reasons;
    private final AdminForms forms;

    RoutingSettingsPage(RoutingSettings settings, RoutingRules rules, TeamRoutings teams, AgentDirectory directory,
                        ContactReasons reasons, AdminForms forms) {
        this.settings = settings;
        this.rules = rules;
        this.teams = teams;
        this.directory = directory;
        this.reasons = reasons;
        this.forms = forms;
    }

    /** A team with how it shares work; public accessors for the template. */
    public record TeamRow(long id, String name, String assignment) {
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("settings", settings.current());
        model.addAttribute("rules", rules.all());
        model.addAttribute("teamNames", directory.teamNames());
        model.addAttribute("teams", directory.teams().stream()
            .map(t -> new TeamRow(t.id(), t.name(), teams.assignment(t.id()).code())).toList());
        model.addAttribute("channels", java.util.Arrays.stream(Channel.values()).map(Channel::code).toList());
        model.addAttribute("reasons", reasons.codes());
        model.addAttribute("assignments", java.util.Arrays.stream(TeamAssignment.values()).map(TeamAssignment::code).toList());
        return "automation/settings-routing";
    }

    @PostMapping(PAGE)
    String save(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) Long angerTeamId,
                @RequestParam int idleMinutes, @RequestParam int defaultCapacity, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> settings.change(
            new RoutingSettings.Values(enabled, angerTeamId, idleMinutes, defaultCapacity)));
    }

    @PostMapping(PAGE + "/rules")
    String add(@RequestParam Long teamId, @RequestParam(required = false) String channel,
               @RequestParam(required = false) String language, @RequestParam(required = false) String contactReason,
               @RequestParam(required = false) String product, @RequestParam(required = false) BigDecimal minCustomerValue,
               @RequestParam(required = false) BigDecimal minAnger, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> rules.add(new RuleInput(teamId, channel, language, contactReason,
            product, minCustomerValue, minAnger, true)));
    }

    @PostMapping(PAGE + "/rules/{id}/move")
    String move(@PathVariable long id, @RequestParam boolean up, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> rules.move(id, up));
    }

    @PostMapping(PAGE + "/rules/{id}/active")
    String activate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> rules.activate(id, active));
    }

    @PostMapping(PAGE + "/rules/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> rules.remove(id));
    }

    @PostMapping(PAGE + "/teams/{id}")
    String team(@PathVariable long id, @RequestParam String assignment, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> teams.change(id, TeamAssignment.fromCode(assignment)));
    }
}
