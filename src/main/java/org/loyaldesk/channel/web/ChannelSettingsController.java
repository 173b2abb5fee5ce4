package org.loyaldesk.channel.web;

import java.util.Arrays;

import org.loyaldesk.channel.email.Mailboxes;
import org.loyaldesk.channel.outbound.Webhooks;
import org.loyaldesk.platform.Channel;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings for admins: the webhooks that deliver replies on connector channels. */
@Controller
class ChannelSettingsController {

    private final Webhooks webhooks;
    private final Mailboxes mailboxes;

    ChannelSettingsController(Webhooks webhooks, Mailboxes mailboxes) {
        this.webhooks = webhooks;
        this.mailboxes = mailboxes;
    }

    @GetMapping("/settings/channels")
    String channels(Model model) {
        model.addAttribute("webhooks", webhooks.all());
        model.addAttribute("mailboxes", mailboxes.all());
        model.addAttribute("securities", Mailboxes.Security.values());
        model.addAttribute("channels", Arrays.stream(Channel.values())
            .filter(channel -> channel != Channel.EMAIL).map(Channel::code).toList());
        return "settings-channels";
    }

    @PostMapping("/settings/channels")
    String configure(@RequestParam String channel, @RequestParam String url, @RequestParam String secret,
                     RedirectAttributes redirect) {
        try {
            webhooks.configure(channel(channel), url, secret);
            redirect.addFlashAttribute("noticeKey", "settings.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/channels";
    }

    @PostMapping("/settings/mailboxes")
    String addMailbox(@RequestParam String address, @RequestParam(required = false) String displayName,
                      @RequestParam(required = false) String host, @RequestParam(required = false) Integer port,
                      @RequestParam Mailboxes.Security security, @RequestParam(required = false) String user,
                      @RequestParam(required = false) String password, @RequestParam(required = false) String folder,
                      RedirectAttributes redirect) {
        try {
            mailboxes.add(new Mailboxes.MailboxRequest(address, displayName, host, port, security, user, password, folder,
                true));
            redirect.addFlashAttribute("noticeKey", "settings.saved");
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/settings/channels";
    }

    @PostMapping("/settings/mailboxes/{id}/remove")
    String removeMailbox(@PathVariable long id) {
        mailboxes.remove(id);
        return "redirect:/settings/channels";
    }

    @PostMapping("/settings/channels/{channel}/remove")
    String remove(@PathVariable String channel) {
        webhooks.remove(channel(channel));
        return "redirect:/settings/channels";
    }

    private static Channel channel(String code) {
        return Channel.fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown channel " + code));
    }
}
