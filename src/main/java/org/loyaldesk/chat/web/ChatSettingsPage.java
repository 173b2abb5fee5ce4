package org.loyaldesk.chat.web;

import org.loyaldesk.chat.ChatRefusal;
import org.loyaldesk.chat.ChatSettings;
import org.loyaldesk.chat.ChatSettingsStore;
import org.loyaldesk.knowledge.HelpCentreSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Settings for admins: how the widget looks, the sites that may carry it, and the secret for known visitors. */
@Controller
class ChatSettingsPage {

    private final ChatSettingsStore settings;
    private final HelpCentreSettings helpCentre;

    ChatSettingsPage(ChatSettingsStore settings, HelpCentreSettings helpCentre) {
        this.settings = settings;
        this.helpCentre = helpCentre;
    }

    @GetMapping("/settings/chat")
    String page(Model model) {
        ChatSettings current = settings.current();
        model.addAttribute("chat", current);
        model.addAttribute("origins", String.join("\n", current.allowedOrigins()));
        model.addAttribute("helpCentre", helpCentre);
        model.addAttribute("snippet", "<script src=\"" + ServletUriComponentsBuilder.fromCurrentContextPath().build()
            .toUriString() + "/widget.js\" async></script>");
        return "chat/settings";
    }

    @PostMapping("/settings/chat")
    String save(@RequestParam(required = false) String name, @RequestParam(required = false) String colour,
                @RequestParam(required = false) String origins, RedirectAttributes redirect) {
        try {
            settings.save(name, colour, origins);
            redirect.addFlashAttribute("noticeKey", "chat.settings.saved");
        } catch (ChatRefusal e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/chat";
    }

    @PostMapping("/settings/chat/identity-secret")
    String newSecret(RedirectAttributes redirect) {
        redirect.addFlashAttribute("newSecret", settings.newIdentitySecret());
        return "redirect:/settings/chat";
    }
}
