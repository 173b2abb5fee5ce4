package org.loyaldesk.proactive.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.loyaldesk.proactive.OptOuts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where the link under a warning leads: the customer confirms with one button that they want no more notices.
 * Opening the link changes nothing by itself, because mail scanners open links too.
 */
@Controller
class OptOutPage {

    private final OptOuts optOuts;

    OptOutPage(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @GetMapping("/notices/opt-out/{token}")
    String ask(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, optOuts.customerOf(token), "ask", model, response);
    }

    @PostMapping("/notices/opt-out/{token}")
    String optOut(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Long> customer = optOuts.customerOf(token);
        customer.ifPresent(optOuts::optOut);
        return page(token, customer, "done", model, response);
    }

    private static String page(String token, Optional<Long> customer, String state, Model model,
                               HttpServletResponse response) {
        if (customer.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("state", customer.isPresent() ? state : "unknown");
        model.addAttribute("token", token);
        return "proactive/opt-out";
    }
}
