package org.loyaldesk.identity.web;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.IssuedToken;
import org.loyaldesk.identity.Role;
import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings for admins: agents, teams and API tokens. The security rules keep everyone else out of /settings. */
@Controller
class SettingsController implements AdminPage {

    private final AgentDirectory directory;
    private final StaffAdministration staff;
    private final AdminForms forms;

    SettingsController(AgentDirectory directory, StaffAdministration staff, AdminForms forms) {
        this.directory = directory;
        this.staff = staff;
        this.forms = forms;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("agents", directory.agents());
        model.addAttribute("everyAgent", staff.everyAgent());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("teamNames", directory.teamNames());
        model.addAttribute("agentNames", directory.agentNames());
        model.addAttribute("tokens", staff.tokens());
        model.addAttribute("roles", Role.values());
        return "settings";
    }

    @PostMapping("/settings/teams")
    String createTeam(@RequestParam String name, RedirectAttributes redirect) {
        return forms.attempt(redirect, "/settings", () -> staff.createTeam(TextFields.line(name, 100)));
    }

    @PostMapping("/settings/agents")
    String createAgent(@RequestParam String email, @RequestParam String name, @RequestParam String password,
                       @RequestParam Role role, @RequestParam(required = false) Long teamId, RedirectAttributes redirect) {
        if (password.length() < 10) {
            redirect.addFlashAttribute("errorKey", "settings.password.short");
            return "redirect:/settings";
        }
        return forms.attempt(redirect, "/settings", () -> staff.createAgent(TextFields.email(email),
            TextFields.line(name, 200), password, role, teamId));
    }

    @PostMapping("/settings/tokens")
    String issueToken(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) Long agentId,
                      RedirectAttributes redirect) {
        return forms.attempt(redirect, "/settings", () -> redirect.addFlashAttribute("issued",
            staff.issueToken(TextFields.line(name, 100), role, agentId)));
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        return forms.attempt(redirect, "/settings", () -> staff.revokeToken(id));
    }
}
