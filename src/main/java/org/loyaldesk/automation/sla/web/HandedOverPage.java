package org.loyaldesk.automation.sla.web;

import org.loyaldesk.automation.sla.HandedOver;
import org.loyaldesk.platform.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The conversations I handed over, and how they stand now. */
@Controller
class HandedOverPage {

    private final HandedOver handedOver;

    HandedOverPage(HandedOver handedOver) {
        this.handedOver = handedOver;
    }

    @GetMapping("/handed-over")
    String page(Model model) {
        model.addAttribute("items", handedOver.by(CurrentActor.get().id()));
        return "automation/handed-over";
    }
}
