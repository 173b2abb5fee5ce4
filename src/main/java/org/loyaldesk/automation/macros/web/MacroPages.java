package org.loyaldesk.automation.macros.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.loyaldesk.automation.macros.AppliedMacro;
import org.loyaldesk.automation.macros.Macro;
import org.loyaldesk.automation.macros.MacroApplication;
import org.loyaldesk.automation.macros.MacroBook;
import org.loyaldesk.automation.macros.Placeholders;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The macro screens: every agent keeps their own macros here, leads and admins the shared ones. A refused form
 * comes back with what was typed and the reason in the user's language.
 */
@Controller
class MacroPages {

    private static final String PAGE = "/macros";

    private final MacroBook book;
    private final MacroApplication application;
    private final ContactReasons reasons;
    private final MessageSource messages;

    MacroPages(MacroBook book, MacroApplication application, ContactReasons reasons, MessageSource messages) {
        this.book = book;
        this.application = application;
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        List<Macro> macros = book.visible();
        model.addAttribute("mine", macros.stream().filter(m -> !m.isShared()).toList());
        model.addAttribute("shared", macros.stream().filter(Macro::isShared).toList());
        model.addAttribute("keepsShared", book.mayKeepShared());
        return "automation/macros";
    }

    @GetMapping(PAGE + "/new")
    String create(Model model) {
        return form(model, null, MacroForm.empty(), null);
    }

    @GetMapping(PAGE + "/{id}")
    String edit(@PathVariable long id, Model model) {
        Macro macro = book.get(id);
        return form(model, macro, MacroForm.of(macro), null);
    }

    @PostMapping(PAGE)
    String save(@ModelAttribute MacroForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            book.create(form.input());
        } catch (RuleViolationException | IllegalArgumentException e) {
            return form(model, null, form, problem(e, locale));
        }
        redirect.addFlashAttribute("noticeKey", "macros.saved");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}")
    String update(@PathVariable long id, @ModelAttribute MacroForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        Macro macro = book.get(id);
        try {
            book.update(id, form.input());
        } catch (RuleViolationException | IllegalArgumentException e) {
            return form(model, macro, form, problem(e, locale));
        }
        redirect.addFlashAttribute("noticeKey", "macros.saved");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        book.delete(id);
        redirect.addFlashAttribute("noticeKey", "macros.deleted");
        return "redirect:" + PAGE;
    }

    /**
     * The picker on the conversation page: tags, priority and reason at once, the status when the agent sends, the
     * text back for the reply box, and a sentence saying so.
     */
    @PostMapping(PAGE + "/{id}/apply")
    @ResponseBody
    Map<String, Object> apply(@PathVariable long id, @RequestParam long conversationId, Locale locale) {
        AppliedMacro applied = application.apply(id, conversationId, false);
        String summary = messages.getMessage(applied.statusOnSend() == null ? "macros.applied" : "macros.appliedStatus",
            new Object[] { book.get(id).name(), applied.statusOnSend() == null ? ""
                : messages.getMessage("status." + applied.statusOnSend(), null, applied.statusOnSend(), locale) },
            locale);
        String missing = applied.missing().isEmpty() ? "" : messages.getMessage("macros.missing",
            new Object[] { String.join(", ", applied.missing().stream().map(p -> "{" + p + "}").toList()) }, locale);
        return Map.of("text", applied.text(), "status", applied.statusOnSend() == null ? "" : applied.statusOnSend(),
            "message", summary, "missing", missing);
    }

    private String form(Model model, Macro macro, MacroForm form, String error) {
        model.addAttribute("macro", macro);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("keepsShared", book.mayKeepShared());
        model.addAttribute("reasons", reasons.codes());
        model.addAttribute("statuses", List.of(ConversationStatus.OPEN, ConversationStatus.PENDING,
            ConversationStatus.ON_HOLD, ConversationStatus.SOLVED, ConversationStatus.CLOSED));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("placeholders", Placeholders.KNOWN);
        return "automation/macro-form";
    }

    private String problem(RuntimeException e, Locale locale) {
        if (e instanceof RuleViolationException rule && rule.code() != null) {
            return messages.getMessage("rule." + rule.code(), rule.arguments(), e.getMessage(), locale);
        }
        return e.getMessage();
    }
}
