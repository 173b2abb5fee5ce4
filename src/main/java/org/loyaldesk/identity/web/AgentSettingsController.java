package org.loyaldesk.identity.web;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.Role;
import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One agent in the settings: details, password, deactivation; and one team with its members. */
@Controller
class AgentSettingsController implements AdminPage {

    private final AgentDirectory directory;
    private final StaffAdministration staff;
    private final AdminForms forms;

    AgentSettingsController(AgentDirectory directory, StaffAdministration staff, AdminForms forms) {
        this.directory = directory;
        this.staff = staff;
        this.forms = forms;
    }

    @GetMapping("/settings/agents/{id}")
    String agent(@PathVariable long id, Model model) {
        model.addAttribute("agent", staff.agent(id));
        model.addAttribute("teams", directory.teams());
        model.addAttribute("roles", Role.values());
        return "settings-agent";
    }

    @PostMapping("/settings/agents/{id}")
    String update(@PathVariable long id, @RequestParam String email, @RequestParam String name, @RequestParam Role role,
                  @RequestParam(required = false) Long teamId, RedirectAttributes redirect) {
        return forms.attempt(redirect, page(id), () -> staff.updateAgent(id, TextFields.email(email),
            TextFields.line(name, 200), role, teamId));
    }

    @PostMapping("/settings/agents/{id}/password")
    String password(@PathVariable long id, @RequestParam(required = false) String password,
                    @RequestParam(defaultValue = "false") boolean generate, RedirectAttributes redirect) {
        if (generate) {
            return forms.attempt(redirect, page(id),
                () -> redirect.addFlashAttribute("generatedPassword", staff.generatePassword(id)));
        }
        return forms.attempt(redirect, page(id), () -> staff.resetPassword(id, password));
    }

    @PostMapping("/settings/agents/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return forms.attempt(redirect, page(id), () -> staff.deactivate(id));
    }

    @PostMapping("/settings/agents/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        return forms.attempt(redirect, page(id), () -> staff.reactivate(id));
    }

    @GetMapping("/settings/teams/{id}")
    String team(@PathVariable long id, Model model) {
        model.addAttribute("team", directory.team(id).orElseThrow(
            () -> new NotFoundException("Team", id)));
        model.addAttribute("members", staff.members(id));
        model.addAttribute("everyAgent", staff.everyAgent());
        model.addAttribute("teamNames", directory.teamNames());
        return "settings-team";
    }

    @PostMapping("/settings/teams/{id}/members")
    String addMember(@PathVariable long id, @RequestParam long agentId, RedirectAttributes redirect) {
        return forms.attempt(redirect, "/settings/teams/" + id, () -> staff.placeInTeam(agentId, id));
    }

    @PostMapping("/settings/teams/{id}/members/{agentId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long agentId, RedirectAttributes redirect) {
        // only from this team: a stale page must not pull the agent out of a team they moved to since
        return forms.attempt(redirect, "/settings/teams/" + id, () -> {
            if (inTeam(agentId, id)) {
                staff.placeInTeam(agentId, null);
            }
        });
    }

    private boolean inTeam(long agentId, long teamId) {
        return Long.valueOf(teamId).equals(staff.agent(agentId).teamId());
    }

    private static String page(long id) {
        return "/settings/agents/" + id;
    }
}
