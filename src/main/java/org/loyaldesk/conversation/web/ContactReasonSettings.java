package org.loyaldesk.conversation.web;

import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.platform.web.AdminForms;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact reasons agents pick from, for admins to add to and prune. */
@Controller
class ContactReasonSettings implements AdminPage {

    private static final String PAGE = "/settings/reasons";

    private final ContactReasons reasons;
    private final AdminForms forms;

    ContactReasonSettings(ContactReasons reasons, AdminForms forms) {
        this.reasons = reasons;
        this.forms = forms;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("reasons", reasons.codes());
        return "settings-reasons";
    }

    @PostMapping(PAGE)
    String add(@RequestParam String label, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> reasons.add(label));
    }

    @PostMapping(PAGE + "/remove")
    String remove(@RequestParam String code, RedirectAttributes redirect) {
        return forms.attempt(redirect, PAGE, () -> reasons.remove(code));
    }
}
