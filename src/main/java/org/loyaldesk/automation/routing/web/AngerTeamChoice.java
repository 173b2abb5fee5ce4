package org.loyaldesk.automation.routing.web;

import org.loyaldesk.automation.routing.RoutingSettings;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team lead chooses, on the service-level page, the team angry customers go to: escalation is a lead's call,
 * the rest of routing an admin's.
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class AngerTeamChoice {

    private final RoutingSettings settings;

    AngerTeamChoice(RoutingSettings settings) {
        this.settings = settings;
    }

    @PostMapping("/sla/anger-team")
    String choose(@RequestParam(defaultValue = "") String teamId, RedirectAttributes redirect) {
        try {
            settings.chooseAngerTeam(teamId.isBlank() ? null : Long.valueOf(teamId.strip()));
            redirect.addFlashAttribute("noticeKey", "automation.routing.angerTeam.saved");
        } catch (NumberFormatException | NotFoundException e) {
            redirect.addFlashAttribute("errorKey", "automation.routing.angerTeam.unknown");
        }
        return "redirect:/sla#anger-team";
    }
}
