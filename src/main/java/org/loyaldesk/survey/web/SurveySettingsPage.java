package org.loyaldesk.survey.web;

import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.loyaldesk.survey.SurveyChoices;
import org.loyaldesk.survey.SurveySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What customers are asked after solving, and how often, for admins. */
@Controller
class SurveySettingsPage implements AdminPage {

    private static final String PAGE = "/settings/surveys";

    private final SurveyChoices choices;
    private final SurveySettings configured;
    private final AdminForms forms;

    SurveySettingsPage(SurveyChoices choices, SurveySettings configured, AdminForms forms) {
        this.choices = choices;
        this.configured = configured;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("survey", choices.current());
        model.addAttribute("defaults", configured);
        return "settings-surveys";
    }

    @PostMapping(PAGE)
    String change(@RequestParam String question, @RequestParam int quietDays, @RequestParam int npsEveryDays,
                  @RequestParam String company, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> choices.change(question, quietDays, npsEveryDays, company));
    }
}
