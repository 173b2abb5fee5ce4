package org.loyaldesk.insight.web;

import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV as the viewer's spreadsheet reads it (RFC 4180 otherwise): where numbers have a decimal comma, as in
 * Dutch, Excel splits columns on semicolons, so such a file uses both; elsewhere commas and points. Fields are
 * quoted when needed, quotes doubled. A text that starts like a formula is prefixed with an apostrophe, so that
 * a customer's name or comment can never run as a formula in someone's spreadsheet.
 */
final class Csv {

    /** Excel reads the accents of a UTF-8 file only with this mark in front. */
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** A moment as every spreadsheet recognises it, in the instance's time zone. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final char separator;
    private final char decimal;

    private Csv(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    static Csv forLocale(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return new Csv(decimal == ',' ? ';' : ',', decimal);
    }

    char separator() {
        return separator;
    }

    /** One line of texts, each guarded and quoted as needed. */
    String line(List<String> fields) {
        return fields.stream().map(this::field).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value
            : value;
        if (safe.indexOf(separator) >= 0 || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** A number without thousands separators, with at most three decimals: 1234,5 or 1234.5. */
    String number(double value) {
        String plain = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
        return plain.replace('.', decimal);
    }

    String moment(Instant at, ZoneId zone) {
        return MOMENT.format(at.atZone(zone));
    }

    String day(LocalDate day) {
        return day.toString();
    }

    private boolean isNumber(String value) {
        return value.matches("-?\\d+(" + java.util.regex.Pattern.quote(String.valueOf(decimal)) + "\\d+)?");
    }
}
