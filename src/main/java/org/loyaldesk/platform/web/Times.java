package org.loyaldesk.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times (and file sizes) as people read them, in their language: "3 h ago", "waiting 2 d",
 * "34 kB". Used by templates as {@code @times}.
 */
@Component("times")
class Times {

    private final Clock clock;
    private final MessageSource messages;
    private final ZoneId zone;
    // a localized formatter looks its pattern up in the locale data; an inbox page formats a hundred times
    private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

    Times(Clock clock, MessageSource messages, LoyaldeskProperties properties) {
        this.clock = clock;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        return messages.getMessage("time.ago", new Object[] { span(Duration.between(instant, clock.instant())) },
            LocaleContextHolder.getLocale());
    }

    /** A duration in its largest sensible unit: 45 s, 12 min, 3 h, 2 d. */
    public String span(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        String key;
        long amount;
        if (seconds < 60) {
            key = "time.seconds";
            amount = seconds;
        } else if (seconds < 3600) {
            key = "time.minutes";
            amount = seconds / 60;
        } else if (seconds < 86400) {
            key = "time.hours";
            amount = seconds / 3600;
        } else {
            key = "time.days";
            amount = seconds / 86400;
        }
        return messages.getMessage(key, new Object[] { amount }, LocaleContextHolder.getLocale());
    }

    /** How long until a moment still to come ("2 h"); see {@link #past}. */
    public String until(Instant instant) {
        return instant == null ? "" : span(Duration.between(clock.instant(), instant));
    }

    public boolean past(Instant instant) {
        return instant != null && !instant.isAfter(clock.instant());
    }

    public String since(Instant instant) {
        return instant == null ? "" : span(Duration.between(instant, clock.instant()));
    }

    public String full(Instant instant) {
        return instant == null ? "" : dateTimes.computeIfAbsent(LocaleContextHolder.getLocale(),
            locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone)).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : dates.computeIfAbsent(LocaleContextHolder.getLocale(),
            locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone))
            .format(instant);
    }

    /** A file size as people read it: 512 B, 34 kB, 2.1 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return messages.getMessage("size.bytes", new Object[] { bytes }, LocaleContextHolder.getLocale());
        }
        if (bytes < 1024 * 1024) {
            return messages.getMessage("size.kilobytes", new Object[] { bytes / 1024 }, LocaleContextHolder.getLocale());
        }
        return messages.getMessage("size.megabytes", new Object[] { String.format(LocaleContextHolder.getLocale(), "%.1f",
            bytes / (1024.0 * 1024.0)) }, LocaleContextHolder.getLocale());
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
