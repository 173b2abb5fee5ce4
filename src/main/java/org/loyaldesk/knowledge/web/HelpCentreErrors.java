package org.loyaldesk.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A customer who follows an old link or types a wrong one gets a help-centre page that leads
 * back, not the API's problem document: these handlers come before the API's for help pages.
 */
@ControllerAdvice(assignableTypes = { HelpCentrePages.class, HelpCentreContactPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class HelpCentreErrors {

    private final HelpCentreSettings settings;

    HelpCentreErrors(HelpCentreSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(NotFoundException.class)
    String missing(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        model.addAttribute("help", settings);
        return "knowledge/help-missing";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String invalid(IllegalArgumentException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", 400);
        model.addAttribute("message", e.getMessage());
        model.addAttribute("help", settings);
        return "knowledge/help-missing";
    }
}
