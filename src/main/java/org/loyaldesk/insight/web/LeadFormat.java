package org.loyaldesk.insight.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

import org.loyaldesk.insight.Dashboard;
import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Phrase;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.conversation.ContactReasons;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a team lead reads figures, in one place for every lead page, chart and export: numbers and times in
 * their language and the instance's time zone, codes and reasons as words. Templates use it as
 * {@code @leadFormat}; the page's own language is the request's.
 */
@Component("leadFormat")
class LeadFormat {

    private static final String NOTHING = "–";

    private final MessageSource messages;
    private final ContactReasons reasons;
    private final ZoneId zone;

    LeadFormat(MessageSource messages, LoyaldeskProperties properties, ContactReasons reasons) {
        this.reasons = reasons;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    /** A table cell or chart label as the page shows it. */
    public String cell(Cell cell) {
        return cell(cell, locale());
    }

    String cell(Cell cell, Locale locale) {
        if (!cell.phrases().isEmpty()) {
            // a dot between the phrases: each reads as a sentence of its own
            return cell.phrases().stream().map(phrase -> phrase(phrase, locale)).collect(Collectors.joining(" · "));
        }
        if (cell.number() != null) {
            return number(cell.number(), locale);
        }
        if (cell.at() != null) {
            return at(cell.at(), locale);
        }
        if (cell.day() != null) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(cell.day());
        }
        return cell.text() != null ? cell.text() : NOTHING;
    }

    /** A cell as the export writes it: words in the viewer's language, numbers and times as their spreadsheet reads them. */
    String csv(Cell cell, Locale locale, Csv csv) {
        if (cell.number() != null) {
            return csv.number(cell.number());
        }
        if (cell.at() != null) {
            return csv.moment(cell.at(), zone);
        }
        if (cell.day() != null) {
            return csv.day(cell.day());
        }
        return cell.phrases().isEmpty() && cell.text() == null ? "" : cell(cell, locale);
    }

    /** Whether a column holds figures (any of its cells is a number): figures and their header align right. */
    public boolean figures(Dashboard.Table table, int column) {
        return table.rows().stream().anyMatch(row -> column < row.size() && row.get(column).number() != null);
    }

    /** A moment in the viewer's language and the instance's time zone: 2 Dec 2026, 14:03 (2 dec 2026, 14:03). */
    public String at(Instant at) {
        return at == null ? NOTHING : at(at, locale());
    }

    private String at(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
            .withZone(zone).format(at);
    }

    public String phrase(Phrase phrase) {
        return phrase(phrase, locale());
    }

    String phrase(Phrase phrase, Locale locale) {
        String text = messages.getMessage(phrase.key(), phrase.args().toArray(), null, locale);
        if (text != null) {
            return text;
        }
        // a contact reason an admin added has its name in the settings, not in the bundles
        if (phrase.key().startsWith("reason.")) {
            String code = phrase.key().substring("reason.".length());
            return reasons.label(code).orElse(code);
        }
        return phrase.key();
    }

    /**
     * As precise as a lead can use: two decimals below 10 (a tone of 0.14, an effort of 5.53), one below 100
     * (33.1 minutes, 91.7 %), none above (204 minutes, 1,300 euros); in Dutch with a decimal comma. The export
     * keeps the full figure.
     */
    public String number(Double value) {
        return value == null ? NOTHING : number(value, locale());
    }

    private static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        double size = Math.abs(value);
        format.setMaximumFractionDigits(size < 10 ? 2 : size < 100 ? 1 : 0);
        return format.format(value);
    }

    /** A key figure in its own unit: 72%, € 1,200, 48 min, 5.8. */
    public String kpi(Dashboard.Kpi kpi) {
        if (kpi.value() == null) {
            return NOTHING;
        }
        Locale locale = locale();
        NumberFormat format = switch (kpi.format()) {
            case "percent" -> NumberFormat.getPercentInstance(locale);
            case "money" -> euros(locale);
            default -> NumberFormat.getNumberInstance(locale);
        };
        int decimals = switch (kpi.format()) {
            case "ratio" -> 2;
            case "decimal" -> 1;
            default -> 0;
        };
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String shown = format.format(kpi.value());
        return "minutes".equals(kpi.format()) ? messages.getMessage("insight.minutes", new Object[] { shown }, locale)
            : shown;
    }

    /** An amount in euros: whole euros without cents (€ 1,200), others with (€ 12.50); in Dutch € 1.200 and € 12,50. */
    public String money(Number amount) {
        if (amount == null) {
            return NOTHING;
        }
        NumberFormat format = euros(locale());
        double value = amount.doubleValue();
        format.setMinimumFractionDigits(value == Math.rint(value) ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static NumberFormat euros(Locale locale) {
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        return money;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
