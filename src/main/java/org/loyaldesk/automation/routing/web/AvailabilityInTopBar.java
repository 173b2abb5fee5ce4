package org.loyaldesk.automation.routing.web;

import org.loyaldesk.automation.routing.AgentAvailability;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout what the agent chose, for the switch in the top bar ({@link AvailabilitySwitch}). */
@ControllerAdvice(annotations = Controller.class)
class AvailabilityInTopBar {

    private final AgentAvailability availability;

    AvailabilityInTopBar(AgentAvailability availability) {
        this.availability = availability;
    }

    /** Nothing for a page no agent looks at (the login page, a customer's). */
    @ModelAttribute("myAvailability")
    String myAvailability() {
        Actor actor = CurrentActor.get();
        return actor.isAgent() && actor.id() != null ? availability.stated(actor.id()).code() : null;
    }
}
