package org.loyaldesk.notice;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A service notice as posted: its text in Dutch, English or both, how severe it is, when it shows
 * and for whom (the buyers of {@code skus}, or everyone when there are none).
 */
public record ServiceNotice(long id, Severity severity, String titleNl, String textNl, String titleEn, String textEn,
                            Instant from, Instant until, Set<String> skus, String postedBy, Instant postedAt,
                            Instant endedAt) {

    /** Where a notice is in its life, as the team sees it. */
    public enum State { SCHEDULED, SHOWN, EXPIRED, ENDED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public State state(Instant now) {
        if (endedAt != null) {
            return State.ENDED;
        }
        if (from.isAfter(now)) {
            return State.SCHEDULED;
        }
        return until != null && !until.isAfter(now) ? State.EXPIRED : State.SHOWN;
    }

    public boolean isShownAt(Instant now) {
        return state(now) == State.SHOWN;
    }

    /** Whether a customer who ordered these SKUs is addressed: everyone is, unless the notice names products. */
    public boolean concerns(Set<String> orderedSkus) {
        return skus.isEmpty() || orderedSkus.stream().anyMatch(sku -> skus.contains(NoticeSkus.normal(sku)));
    }

    /** The title in the reader's language, or in the other one when the notice was written only in that. */
    public String title(Locale locale) {
        return "nl".equals(language(locale)) ? titleNl : titleEn;
    }

    /** The text that goes with {@link #title(Locale)}: always from the same language. */
    public String text(Locale locale) {
        return "nl".equals(language(locale)) ? textNl : textEn;
    }

    /** The language the reader gets, "nl" or "en", also for the {@code lang} attribute around the text. */
    public String language(Locale locale) {
        boolean dutch = dutch(locale) ? titleNl != null : titleEn == null;
        return dutch ? "nl" : "en";
    }

    private static boolean dutch(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage());
    }
}
