package org.loyaldesk.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.survey.Invitation;
import org.loyaldesk.survey.SurveyLinks;
import org.loyaldesk.survey.SurveyChoices;
import org.loyaldesk.survey.Surveys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page a customer lands on from an answer link, without logging in. The click on a score in the
 * mail is the answer; the page thanks them, lets them change it and add a comment, and may ask NPS.
 * It speaks the customer's language, not the browser's.
 */
@Controller
class SurveyPage {

    private final Surveys surveys;
    private final SurveyChoices settings;
    private final LocaleResolver locales;

    SurveyPage(Surveys surveys, SurveyChoices settings, LocaleResolver locales) {
        this.surveys = surveys;
        this.settings = settings;
        this.locales = locales;
    }

    @GetMapping("/survey/{token}")
    String open(@PathVariable String token, @RequestParam(required = false) Integer score, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        Surveys.Opened opened = surveys.open(token);
        if (opened.invitation() == null) {
            return refused(opened.status(), response);
        }
        Invitation invitation = opened.invitation();
        if (score != null && invitation.kind().accepts(score)) {
            invitation = surveys.answer(invitation, score);
        }
        return page(token, invitation, model, request, response);
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) Integer score,
                  @RequestParam(required = false) String comment, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Surveys.Opened opened = surveys.open(token);
        if (opened.invitation() == null) {
            return refused(opened.status(), response);
        }
        Invitation invitation = opened.invitation();
        try {
            if (score != null) {
                invitation = surveys.answer(invitation, score);
            }
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
        }
        if (comment != null) {
            invitation = surveys.comment(invitation, comment);
            model.addAttribute("commented", true);
        }
        return page(token, invitation, model, request, response);
    }

    private String page(String token, Invitation invitation, Model model, HttpServletRequest request,
                        HttpServletResponse response) {
        locales.setLocale(request, response, invitation.language().locale());
        model.addAttribute("lang", invitation.language().code());
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        model.addAttribute("company", settings.current().company());
        if (invitation.score() != null) {
            surveys.npsFollowUp(invitation).ifPresent(nps -> model.addAttribute("npsToken", nps));
        }
        return "survey/answer";
    }

    /** A changed link is refused, an old one is explained: neither tells anything about the invitation. */
    private static String refused(SurveyLinks.Status status, HttpServletResponse response) {
        boolean expired = status == SurveyLinks.Status.EXPIRED;
        response.setStatus(expired ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
        return expired ? "survey/expired" : "survey/invalid";
    }
}
