package org.loyaldesk.automation.macros;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.conversation.ReplyLength;
import org.loyaldesk.platform.RuleViolationException;
import org.loyaldesk.platform.StorableText;

/**
 * A macro as a form or the API sends it: plain strings, checked here into a {@link Macro} or refused with the
 * field that is wrong. Status, priority and reason are codes ({@code solved}, {@code high}, {@code return-refund}).
 */
public record MacroInput(String name, Boolean shared, String suggestFor, String textNl, String textEn, String status,
                         String priority, String contactReason, List<String> tags) {

    static final int MAX_NAME = 120;
    static final int MAX_TAGS = 10;

    /** Shared with the whole team; left out: the author's own. */
    public boolean isShared() {
        return Boolean.TRUE.equals(shared);
    }

    /** The checked macro; reasons must be among {@code knownReasons}. */
    Macro toMacro(long id, Long ownerId, List<String> knownReasons) {
        String cleanName = required("name", name);
        if (cleanName.length() > MAX_NAME) {
            throw new RuleViolationException("macro-name", "A macro's name has at most " + MAX_NAME + " characters");
        }
        String nl = text("textNl", textNl);
        String en = text("textEn", textEn);
        if (nl == null && en == null) {
            throw new RuleViolationException("macro-text", "A macro needs a text in Dutch, in English or in both");
        }
        return new Macro(id, cleanName, ownerId, reason("suggestFor", suggestFor, knownReasons), nl, en,
            new MacroActions(checkedStatus(), checkedPriority(), reason("contactReason", contactReason, knownReasons), checkedTags()));
    }

    private static String required(String field, String value) {
        String clean = optional(field, value);
        if (clean == null) {
            throw new RuleViolationException("macro-name", "A macro needs a " + field);
        }
        return clean;
    }

    private static String optional(String field, String value) {
        return StorableText.optionalField(field, value);
    }

    private static String text(String field, String value) {
        String clean = optional(field, value);
        if (clean == null) {
            return null;
        }
        if (!ReplyLength.fits(clean)) {
            throw new IllegalArgumentException(field + " has more than " + ReplyLength.MAX_CHARACTERS + " characters");
        }
        Placeholders.check(clean);
        return clean;
    }

    private ConversationStatus checkedStatus() {
        String code = optional("status", status);
        if (code == null) {
            return null;
        }
        ConversationStatus parsed = ConversationStatus.fromCode(code);
        if (parsed == ConversationStatus.NEW) {
            throw new IllegalArgumentException("A macro cannot make a conversation new again");
        }
        return parsed;
    }

    private Priority checkedPriority() {
        String code = optional("priority", priority);
        return code == null ? null : Priority.fromCode(code);
    }

    private static String reason(String field, String value, List<String> known) {
        String code = optional(field, value);
        if (code == null) {
            return null;
        }
        if (!known.contains(code)) {
            throw new RuleViolationException("unknown-reason", "Unknown contact reason '" + code + "' in " + field, code);
        }
        return code;
    }

    private List<String> checkedTags() {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String value = optional("tags", tag);
            if (value != null) {
                if (value.length() > 64) {
                    throw new RuleViolationException("macro-tag", "A tag has 1 to 64 characters");
                }
                clean.add(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"));
            }
        }
        if (clean.size() > MAX_TAGS) {
            throw new RuleViolationException("macro-tags", "A macro adds at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(clean);
    }

    /** Tags as one form field, separated by commas. */
    public static List<String> splitTags(String field) {
        return field == null ? List.of() : List.of(field.split(","));
    }
}
