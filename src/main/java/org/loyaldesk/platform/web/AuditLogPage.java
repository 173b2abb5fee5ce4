package org.loyaldesk.platform.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Cursor;
import org.loyaldesk.platform.KeysetPage;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: who changed what and when, filtered, newest first, a page at a time. */
@Controller
class AuditLogPage implements AdminPage {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final ZoneId zone;

    AuditLogPage(AuditLog audit, LoyaldeskProperties properties) {
        this.audit = audit;
        this.zone = properties.timeZone();
    }

    @GetMapping("/settings/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String after, Model model) {
        model.addAttribute("subjectTypes", audit.subjectTypes());
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = day(from);
            toDay = day(to);
        } catch (DateTimeParseException e) {
            model.addAttribute("errorKey", "admin.audit.badDate");
            model.addAttribute("page", new KeysetPage<>(List.of(), null));
            return "settings-audit";
        }
        AuditLog.Filter filter = new AuditLog.Filter(text(actor, 200), text(action, 100), text(subjectType, 100),
            text(subjectId, 100), fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
            toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
        try {
            model.addAttribute("page", audit.search(filter, after, PAGE_SIZE));
        } catch (Cursor.InvalidCursorException e) {
            model.addAttribute("errorKey", "admin.audit.badCursor");
            model.addAttribute("page", audit.search(filter, null, PAGE_SIZE));
        }
        model.addAttribute("first", after == null || after.isBlank());
        return "settings-audit";
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    /** Blank is no filter; a longer text than any stored value can only match nothing, so it is cut. */
    private static String text(String value, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        return clean.length() > longest ? clean.substring(0, longest) : clean;
    }
}
