package org.loyaldesk.notice.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.loyaldesk.notice.NoticeInput;

/**
 * The post form as the lead filled it in: times as the browser's date-time fields send them, in the
 * instance's time zone, and SKUs as one text separated by commas, spaces or lines.
 */
public record NoticeForm(String severity, String titleNl, String textNl, String titleEn, String textEn, String from,
                         String until, String skus) {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static NoticeForm empty(Instant now, ZoneId zone) {
        return new NoticeForm("info", "", "", "", "", FIELD.format(now.atZone(zone)), "", "");
    }

    /** The input to post; throws {@link DateTimeParseException} when a time is not one. */
    NoticeInput input(ZoneId zone) {
        return new NoticeInput(severity, titleNl, textNl, titleEn, textEn, instant(from, zone), instant(until, zone),
            skus == null ? null : Arrays.asList(skus.split("[,;\\s]+")));
    }

    private static Instant instant(String field, ZoneId zone) {
        return field == null || field.isBlank() ? null : LocalDateTime.parse(field.strip()).atZone(zone).toInstant();
    }
}
