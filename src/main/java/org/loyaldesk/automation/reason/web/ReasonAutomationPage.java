package org.loyaldesk.automation.reason.web;

import org.loyaldesk.automation.reason.LearnedReasons;
import org.loyaldesk.automation.reason.ReasonSettings;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contact reasons on arrival for admins: on or off, from which confidence, and how well the classifier learns. */
@Controller
class ReasonAutomationPage implements AdminPage {

    private static final String PAGE = "/settings/reasons-automation";

    private final ReasonSettings settings;
    private final LearnedReasons classifier;
    private final AdminForms forms;

    ReasonAutomationPage(ReasonSettings settings, LearnedReasons classifier, AdminForms forms) {
        this.settings = settings;
        this.classifier = classifier;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("enabled", settings.enabled());
        model.addAttribute("percent", Math.round(settings.threshold() * 100));
        model.addAttribute("trainings", classifier.history(20));
        return "automation/settings-reasons";
    }

    @PostMapping(PAGE)
    String save(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam int percent,
                RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> settings.change(enabled, percent / 100.0));
    }

    @PostMapping(PAGE + "/retrain")
    String retrain(RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> classifier.retrain("admin"));
    }
}
