package org.loyaldesk.knowledge.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

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
    String missing(Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        return page(model, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String invalid(IllegalArgumentException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", 400);
        model.addAttribute("message", e.getMessage());
        return page(model, request);
    }

    /** Back to the home page in the language the visitor was reading, when the URL had a known one. */
    private String page(Model model, HttpServletRequest request) {
        model.addAttribute("help", settings);
        if (request.getAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME) instanceof Locale locale) {
            model.addAttribute("homeUrl", HelpLinks.home(Language.of(locale.getLanguage())));
        }
        return "knowledge/help-missing";
    }
}
