package org.loyaldesk.automation.sla.web;

import java.util.List;
import java.util.function.Function;

import org.loyaldesk.automation.routing.RoutingSettings;
import org.loyaldesk.automation.sla.SlaReport;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Table;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Warnings and breaches per team, contact reason and agent, for leads: where the service levels slip; and where
 * angry customers are escalated to ({@code routing.web.AngerTeamChoice}).
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class SlaLeadPage {

    private static final List<Integer> PERIODS = List.of(4, 12, 26, 52);

    private final SlaReport report;
    private final ContactReasons reasons;
    private final MessageSource messages;
    private final RoutingSettings routing;
    private final AgentDirectory directory;

    SlaLeadPage(SlaReport report, ContactReasons reasons, MessageSource messages, RoutingSettings routing,
                AgentDirectory directory) {
        this.report = report;
        this.reasons = reasons;
        this.messages = messages;
        this.routing = routing;
        this.directory = directory;
    }

    @GetMapping("/sla")
    String page(@RequestParam(defaultValue = "4") int weeks, Model model) {
        SlaReport.Report figures = report.of(PERIODS.contains(weeks) ? weeks : 4);
        model.addAttribute("weeks", PERIODS.contains(weeks) ? weeks : 4);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("report", figures);
        model.addAttribute("teams", directory.teams());
        model.addAttribute("angerTeamId", routing.angerTeamId().orElse(null));
        model.addAttribute("routingOn", routing.enabled());
        model.addAttribute("tables", List.of(
            table("teams", "sla.col.team", figures.teams(), row -> row.name() == null ? Cell.key("sla.noTeam")
                : Cell.text(row.name())),
            table("reasons", "sla.col.reason", figures.reasons(), row -> row.name() == null ? Cell.key("sla.noReason")
                : Cell.text(reason(row.name()))),
            table("agents", "insight.col.agent", figures.agents(), row -> row.name() == null
                ? Cell.key("sla.noAgent") : Cell.text(row.name()))));
        return "automation/sla";
    }

    /** A reason's word in the viewer's language, as the reasons' settings show it. */
    private String reason(String code) {
        String known = messages.getMessage("reason." + code, null, null, LocaleContextHolder.getLocale());
        return known != null ? known : reasons.label(code).orElse(code);
    }

    private static Table table(String key, String firstColumn, List<SlaReport.Row> rows,
                               Function<SlaReport.Row, Cell> name) {
        return new Table(key, List.of(firstColumn, "sla.col.warnings", "sla.col.breaches"), rows.stream()
            .map(row -> List.of(name.apply(row), Cell.number((double) row.warnings()),
                Cell.number((double) row.breaches()))).toList(), Integer.MAX_VALUE);
    }
}
