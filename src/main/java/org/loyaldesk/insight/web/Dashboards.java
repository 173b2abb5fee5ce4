package org.loyaldesk.insight.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.insight.ChurnRisks;
import org.loyaldesk.insight.CoachingReport;
import org.loyaldesk.insight.Dashboard;
import org.loyaldesk.insight.EffortModels;
import org.loyaldesk.insight.LoyaltyReport;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The loyalty and coaching dashboards: the page with figures and tables, the chart data as JSON
 * (in the viewer's language), and every table as CSV.
 */
@Controller
@PreAuthorize("hasRole('LEAD')")
class Dashboards {

    private final LoyaltyReport loyalty;
    private final CoachingReport coaching;
    private final ChurnRisks risks;
    private final EffortModels effort;
    private final MessageSource messages;
    private final LeadFormat format;

    Dashboards(LoyaltyReport loyalty, CoachingReport coaching, ChurnRisks risks, EffortModels effort,
               MessageSource messages, LeadFormat format) {
        this.loyalty = loyalty;
        this.coaching = coaching;
        this.risks = risks;
        this.effort = effort;
        this.messages = messages;
        this.format = format;
    }

    @GetMapping("/insight/loyalty")
    String loyalty(@RequestParam(defaultValue = "12") int weeks, Model model) {
        return page("loyalty", loyalty.build(weeks(weeks)), weeks(weeks), model);
    }

    @GetMapping("/insight/coaching")
    String coaching(@RequestParam(defaultValue = "12") int weeks, Model model) {
        return page("coaching", coaching.build(weeks(weeks)), weeks(weeks), model);
    }

    @GetMapping("/insight/coaching/conversations")
    String drilldown(@RequestParam(required = false) Long agent, @RequestParam(required = false) Long team,
                     @RequestParam(required = false) String metric, @RequestParam(defaultValue = "12") int weeks,
                     Model model) {
        CoachingReport.Metric chosen = CoachingReport.Metric.fromCode(metric);
        model.addAttribute("table", coaching.conversations(agent, team, chosen, weeks(weeks)));
        model.addAttribute("metric", chosen.code());
        model.addAttribute("query", "agent=" + (agent == null ? "" : agent) + "&team=" + (team == null ? "" : team)
            + "&metric=" + chosen.code() + "&weeks=" + weeks(weeks));
        return "insight/drilldown";
    }

    @GetMapping("/insight/{dashboard}/data")
    @ResponseBody
    Map<String, Object> data(@PathVariable String dashboard, @RequestParam(defaultValue = "12") int weeks) {
        Dashboard built = build(dashboard, weeks(weeks));
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> charts = new LinkedHashMap<>();
        built.charts().forEach((key, chart) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", chart.type());
            json.put("labels", chart.labels().stream().map(label -> format.cell(label, locale)).toList());
            json.put("datasets", chart.series().stream().map(series -> Map.of("label", text(series.key(), locale),
                "data", series.data(), "axis", series.axis())).toList());
            if (chart.note() != null) {
                json.put("note", format.phrase(chart.note(), locale));
            }
            charts.put(key, json);
        });
        return Map.of("charts", charts);
    }

    @GetMapping("/insight/{dashboard}/export/{table}.csv")
    void export(@PathVariable String dashboard, @PathVariable String table, @RequestParam(defaultValue = "12") int weeks,
                HttpServletResponse response) throws IOException {
        Dashboard.Table found = build(dashboard, weeks(weeks)).table(table)
            .orElseThrow(() -> new NotFoundException("Table", table));
        csv(found, dashboard + "-" + table, response);
    }

    @GetMapping("/insight/coaching/conversations.csv")
    void exportDrilldown(@RequestParam(required = false) Long agent, @RequestParam(required = false) Long team,
                         @RequestParam(required = false) String metric, @RequestParam(defaultValue = "12") int weeks,
                         HttpServletResponse response) throws IOException {
        csv(coaching.conversations(agent, team, CoachingReport.Metric.fromCode(metric), weeks(weeks)),
            "coaching-conversations", response);
    }

    private String page(String name, Dashboard dashboard, int weeks, Model model) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("name", name);
        model.addAttribute("weeks", weeks);
        model.addAttribute("churnModel", risks.model());
        model.addAttribute("effortModel", effort.current());
        return "insight/dashboard";
    }

    private Dashboard build(String dashboard, int weeks) {
        return switch (dashboard) {
            case "loyalty" -> loyalty.build(weeks);
            case "coaching" -> coaching.build(weeks);
            default -> throw new NotFoundException("Dashboard", dashboard);
        };
    }

    private void csv(Dashboard.Table table, String name, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Csv csv = Csv.forLocale(locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        Writer out = response.getWriter();
        out.write(Csv.BYTE_ORDER_MARK);
        out.write(csv.line(table.columns().stream().map(column -> text(column, locale)).toList()));
        for (List<Dashboard.Cell> row : table.rows()) {
            out.write(csv.line(row.stream().map(cell -> format.csv(cell, locale, csv)).toList()));
        }
        out.flush();
    }

    /** A header or series name outside the page: without the soft hyphens that let long words break in a table. */
    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale).replace("\u00AD", "");
    }

    private static int weeks(int weeks) {
        return Math.max(1, Math.min(104, weeks));
    }
}
