package org.loyaldesk.automation.rules.web;

import java.util.List;
import java.util.Locale;

import org.loyaldesk.automation.rules.RuleBook;
import org.loyaldesk.automation.rules.RuleTrigger;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.web.AdminPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules screen for admins: the rules with their state, and one form to write a rule, try it on the last 50
 * conversations (nothing changes) and save it. A refused rule comes back as typed with the reason.
 */
@Controller
class RuleSettings implements AdminPage {

    private static final String PAGE = "/settings/rules";
    private static final int TRY_ON = 50;

    private final RuleBook book;
    private final MessageSource messages;
    private final int dailyCap;

    RuleSettings(RuleBook book, MessageSource messages,
                 @Value("${loyaldesk.automation.rules.daily-cap:10}") int dailyCap) {
        this.book = book;
        this.messages = messages;
        this.dailyCap = dailyCap;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) Long edit, Model model) {
        RuleForm form = edit == null ? RuleForm.empty() : RuleForm.of(book.get(edit));
        return page(model, edit, form, null);
    }

    @PostMapping(PAGE)
    String save(@RequestParam(required = false) Long id, @RequestParam(defaultValue = "save") String intent,
                @ModelAttribute RuleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if ("try".equals(intent)) {
                model.addAttribute("dryRun", book.dryRun(form.input(), TRY_ON, locale));
                return page(model, id, form, null);
            }
            if (id == null) {
                book.create(form.input());
            } else {
                book.update(id, form.input());
            }
        } catch (RuleViolationException | IllegalArgumentException e) {
            return page(model, id, form, problem(e, locale));
        }
        redirect.addFlashAttribute("noticeKey", "rules.saved");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        book.delete(id);
        redirect.addFlashAttribute("noticeKey", "rules.deleted");
        return "redirect:" + PAGE;
    }

    private String page(Model model, Long id, RuleForm form, String error) {
        model.addAttribute("rules", book.all());
        model.addAttribute("editing", id);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("triggers", RuleTrigger.values());
        model.addAttribute("statuses", List.of(ConversationStatus.NEW, ConversationStatus.OPEN, ConversationStatus.PENDING,
            ConversationStatus.ON_HOLD, ConversationStatus.SOLVED));
        model.addAttribute("dailyCap", dailyCap);
        return "automation/settings-rules";
    }

    private String problem(RuntimeException e, Locale locale) {
        if (e instanceof RuleViolationException rule && rule.code() != null) {
            return messages.getMessage("rule." + rule.code(), rule.arguments(), e.getMessage(), locale);
        }
        return e.getMessage();
    }
}
