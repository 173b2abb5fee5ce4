package org.loyaldesk.insight.web;

import org.loyaldesk.insight.AngerThreshold;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How angry a customer message must be to put its conversation at risk and alert the leads, for admins. */
@Controller
class AngerThresholdSettings implements AdminPage {

    private static final String PAGE = "/settings/anger";

    private final AngerThreshold threshold;
    private final AdminForms forms;

    AngerThresholdSettings(AngerThreshold threshold, AdminForms forms) {
        this.threshold = threshold;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("percent", Math.round(threshold.current() * 100));
        model.addAttribute("defaultPercent", Math.round(threshold.configured() * 100));
        return "settings-anger";
    }

    /** In percent, as the conversation panel shows anger ("anger 82%"). */
    @PostMapping(PAGE)
    String change(@RequestParam int percent, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> threshold.change(percent / 100.0));
    }
}
