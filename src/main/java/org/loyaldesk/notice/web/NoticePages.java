package org.loyaldesk.notice.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.notice.InvalidNotice;
import org.loyaldesk.notice.Severity;
import org.loyaldesk.notice.ServiceNotices;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's screen of service notices: every agent sees what customers are told, leads post and end them. */
@Controller
class NoticePages {

    private static final int SHOWN = 200;

    private final ServiceNotices notices;
    private final Clock clock;
    private final ZoneId zone;

    NoticePages(ServiceNotices notices, Clock clock, LoyaldeskProperties properties) {
        this.notices = notices;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    @GetMapping("/notices")
    String list(Model model) {
        return page(model, NoticeForm.empty(clock.instant(), zone));
    }

    @PostMapping("/notices")
    @PreAuthorize("hasRole('LEAD')")
    String post(@ModelAttribute NoticeForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notices.post(form.input(zone));
        } catch (InvalidNotice e) {
            return refused(model, form, response, "notices.error." + e.reason());
        } catch (DateTimeException e) {
            return refused(model, form, response, "notices.error.date-invalid");
        }
        redirect.addFlashAttribute("noticeKey", "notices.posted");
        return "redirect:/notices";
    }

    @PostMapping("/notices/{id}/end")
    @PreAuthorize("hasRole('LEAD')")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        try {
            notices.end(id);
            redirect.addFlashAttribute("noticeKey", "notices.ended");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("errorKey", "notices.error.missing");
        }
        return "redirect:/notices";
    }

    private String refused(Model model, NoticeForm form, HttpServletResponse response, String errorKey) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorKey", errorKey);
        return page(model, form);
    }

    private String page(Model model, NoticeForm form) {
        Instant now = clock.instant();
        model.addAttribute("notices", notices.all(SHOWN));
        model.addAttribute("shownNow", notices.shownAt(now));
        model.addAttribute("now", now);
        model.addAttribute("severities", List.of(Severity.values()));
        model.addAttribute("form", form);
        model.addAttribute("isLead", isLead());
        return "notice/team";
    }

    private static boolean isLead() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_LEAD".equals(authority.getAuthority()));
    }
}
