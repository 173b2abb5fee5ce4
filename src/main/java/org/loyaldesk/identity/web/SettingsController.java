package org.loyaldesk.identity.web;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.IssuedToken;
import org.loyaldesk.identity.Role;
import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings for admins: agents, teams and API tokens. The security rules keep everyone else out of /settings. */
@Controller
class SettingsController {

    private final AgentDirectory directory;
    private final StaffAdministration staff;

    SettingsController(AgentDirectory directory, StaffAdministration staff) {
        this.directory = directory;
        this.staff = staff;
    }

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("agents", directory.agents());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("teamNames", directory.teamNames());
        model.addAttribute("agentNames", directory.agentNames());
        model.addAttribute("tokens", staff.tokens());
        model.addAttribute("roles", Role.values());
        return "settings";
    }

    @PostMapping("/settings/teams")
    String createTeam(@RequestParam String name, RedirectAttributes redirect) {
        return attempt(redirect, () -> staff.createTeam(name));
    }

    @PostMapping("/settings/agents")
    String createAgent(@RequestParam String email, @RequestParam String name, @RequestParam String password,
                       @RequestParam Role role, @RequestParam(required = false) Long teamId, RedirectAttributes redirect) {
        if (password.length() < 10) {
            redirect.addFlashAttribute("errorKey", "settings.password.short");
            return "redirect:/settings";
        }
        return attempt(redirect, () -> staff.createAgent(email, name, password, role, teamId));
    }

    @PostMapping("/settings/tokens")
    String issueToken(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) Long agentId,
                      RedirectAttributes redirect) {
        IssuedToken token = staff.issueToken(name, role, agentId);
        redirect.addFlashAttribute("issued", token);
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        staff.revokeToken(id);
        return "redirect:/settings";
    }

    private String attempt(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("noticeKey", "settings.saved");
        } catch (ConflictException | NotFoundException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings";
    }
}
