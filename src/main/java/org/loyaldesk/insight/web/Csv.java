package org.loyaldesk.insight.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when needed, quotes doubled. A field
 * that starts like a formula is prefixed with an apostrophe, so that a customer's name or
 * comment can never run as a formula in someone's spreadsheet.
 */
final class Csv {

    private Csv() {
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value
            : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
