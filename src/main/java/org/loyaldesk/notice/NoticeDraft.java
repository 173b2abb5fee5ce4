package org.loyaldesk.notice;

import java.time.Instant;
import java.util.Set;

import org.loyaldesk.platform.StorableText;

/** A notice that passed every rule and can be stored: one place decides what a valid notice is. */
record NoticeDraft(Severity severity, String titleNl, String textNl, String titleEn, String textEn, Instant from,
                   Instant until, Set<String> skus) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    /** Later than any notice means, and early enough for every database to keep (PostgreSQL stops at 294276). */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static NoticeDraft of(NoticeInput input, Instant now) {
        Severity severity = input.severity() == null ? Severity.INFO : Severity.fromCode(input.severity());
        String titleNl = text(input.titleNl(), MAX_TITLE, "titleNl");
        String textNl = text(input.textNl(), MAX_TEXT, "textNl");
        String titleEn = text(input.titleEn(), MAX_TITLE, "titleEn");
        String textEn = text(input.textEn(), MAX_TEXT, "textEn");
        if ((titleNl == null) != (textNl == null) || (titleEn == null) != (textEn == null)) {
            throw new InvalidNotice("language-incomplete", "Each language needs both a title and a text");
        }
        if (titleNl == null && titleEn == null) {
            throw new InvalidNotice("language-missing", "Write the notice in Dutch (titleNl, textNl), English "
                + "(titleEn, textEn) or both");
        }
        Instant from = input.from() == null ? now : input.from();
        if (from.isAfter(LATEST) || (input.until() != null && input.until().isAfter(LATEST))) {
            throw new InvalidNotice("date-too-late", "'from' and 'until' are before the year 10000");
        }
        if (input.until() != null && !input.until().isAfter(from)) {
            throw new InvalidNotice("until-before-from", "'until' must be after 'from'");
        }
        return new NoticeDraft(severity, titleNl, textNl, titleEn, textEn, from, input.until(),
            NoticeSkus.checked(input.skus()));
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        String problem = StorableText.problem(text);
        if (problem != null) {
            throw new InvalidNotice("unstorable", "'" + field + "' " + problem);
        }
        if (text.length() > max) {
            throw new InvalidNotice("too-long", "'" + field + "' is at most " + max + " characters");
        }
        return text;
    }
}
