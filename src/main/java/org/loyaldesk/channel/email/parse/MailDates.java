package org.loyaldesk.channel.email.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Date header, leniently: RFC 5322 with the obsolete forms real mail still has (two-digit
 * years, zone names such as EDT, no seconds, no weekday). Null when no date can be read.
 */
final class MailDates {

    private static final Pattern DATE = Pattern.compile(
        "(\\d{1,2})[\\s-]+([a-z]{3})[a-z]*\\.?[\\s-]+(\\d{2,4}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\d{4}|[a-z]{1,5})?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
        Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
        Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
        Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("met", 1), Map.entry("mest", 2), Map.entry("bst", 1));

    private MailDates() {
    }

    static Instant parse(String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        Matcher date = DATE.matcher(value.toLowerCase(Locale.ROOT));
        if (!date.find()) {
            return null;
        }
        int month = MONTHS.indexOf(date.group(2)) + 1;
        if (month == 0) {
            return null;
        }
        int year = Integer.parseInt(date.group(3));
        year = year < 50 ? 2000 + year : year < 1000 ? 1900 + year : year;
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(date.group(1)),
                Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                date.group(6) == null ? 0 : Math.min(59, Integer.parseInt(date.group(6))));
            return local.toInstant(offset(date.group(7)));
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int sign = zone.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            return hours > 18 || minutes > 59 ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZoneOffset.ofHours(ZONE_HOURS.getOrDefault(zone, 0));
    }
}
