package org.loyaldesk.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.HelpCentreContact;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.loyaldesk.knowledge.HelpLinks;
import org.loyaldesk.platform.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Still need help?": the help centre's form. While the customer types the question, articles
 * about it appear beside it — the last chance to help them without a contact. A wrong field
 * shows the form again with everything typed kept.
 */
@Controller
class HelpCentreContactPage {

    private final HelpCentreContact contact;
    private final HelpCentreSettings settings;

    HelpCentreContactPage(HelpCentreContact contact, HelpCentreSettings settings) {
        this.contact = contact;
        this.settings = settings;
    }

    @GetMapping("/help/{lang}/contact")
    String form(@PathVariable String lang, Model model, HttpServletRequest request) {
        page(lang, model, request);
        return "knowledge/help-contact";
    }

    @PostMapping("/help/{lang}/contact")
    String send(@PathVariable String lang, @RequestParam(required = false) String name,
                @RequestParam(required = false) String email, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String text, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        page(lang, model, request);
        String problem = HelpCentreContact.problem(name, email, subject, text);
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", problem);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("subject", subject);
            model.addAttribute("text", text);
            return "knowledge/help-contact";
        }
        contact.send(VisitorCookie.of(request, response), name, email, subject, text);
        model.addAttribute("sent", true);
        return "knowledge/help-contact";
    }

    private void page(String lang, Model model, HttpServletRequest request) {
        Language language = HelpPage.open(lang, model, request, settings);
        model.addAttribute("otherLanguageUrl", HelpLinks.home(HelpPage.other(language)) + "/contact");
    }
}
