package org.loyaldesk.automation.routing.web;

import java.net.URI;

import org.loyaldesk.automation.routing.AgentAvailability;
import org.loyaldesk.automation.routing.Availability;
import org.loyaldesk.automation.routing.Reassignment;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's own availability in the top bar of every page: online, away (a break, a meeting) or offline. Routing
 * gives new work only to agents online; going offline hands the customers waiting on them to colleagues at once.
 */
@Controller
class AvailabilitySwitch {

    private final AgentAvailability availability;
    private final Reassignment reassignment;
    private final MessageSource messages;

    AvailabilitySwitch(AgentAvailability availability, Reassignment reassignment, MessageSource messages) {
        this.availability = availability;
        this.reassignment = reassignment;
        this.messages = messages;
    }

    @PostMapping("/me/availability")
    String change(@RequestParam(name = "availability", defaultValue = "") String status,
                  @RequestHeader(name = "Referer", required = false) String referer, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        if (!actor.isAgent() || actor.id() == null) {
            return "redirect:/inbox";
        }
        try {
            Availability chosen = Availability.fromCode(status);
            availability.state(actor.id(), chosen);
            int handedOn = chosen == Availability.OFFLINE ? reassignment.reassignFrom(actor.id()) : 0;
            if (handedOn > 0) {
                redirect.addFlashAttribute("notice", messages.getMessage("automation.availability.changed.handedOn",
                    new Object[] { handedOn }, LocaleContextHolder.getLocale()));
            } else {
                redirect.addFlashAttribute("noticeKey", "automation.availability.changed." + chosen.code());
            }
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("errorKey", "automation.availability.unknown");
        }
        return "redirect:" + backTo(referer);
    }

    /** Back to the page the agent was on, never to another site. */
    private static String backTo(String referer) {
        if (referer == null) {
            return "/inbox";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/me/")) {
                return "/inbox";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/inbox";
        }
    }
}
