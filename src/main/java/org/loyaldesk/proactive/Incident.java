package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.loyaldesk.platform.Language;

/**
 * Something broken for the owners of {@code skus}: the notice they are told (Dutch, English or both), the
 * words that recognise a conversation about it, and once fixed, the resolution every linked conversation gets.
 * {@code firstComplaintAt} and {@code alertedAt} come from the spike it was confirmed from, if any.
 */
public record Incident(long id, String title, String noticeNl, String noticeEn, Status status, Set<String> skus,
                       Set<String> words, Long spikeId, Instant firstComplaintAt, Instant alertedAt,
                       Instant declaredAt, String declaredBy, Long serviceNoticeId, Instant warnStartedAt,
                       Instant warnFinishedAt, String resolutionNl, String resolutionEn, String fixLink,
                       Instant resolvedAt, String resolvedBy, Instant answeredAt) {

    public enum Status { OPEN, RESOLVED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The notice in the customer's language, or in the other one when it was written only in that. */
    public String notice(Language language) {
        return pick(language, noticeNl, noticeEn);
    }

    public String resolution(Language language) {
        return pick(language, resolutionNl, resolutionEn);
    }

    /** The language a customer who speaks {@code language} is written to in. */
    public Language noticeLanguage(Language language) {
        return chosen(language, noticeNl, noticeEn);
    }

    public Language resolutionLanguage(Language language) {
        return chosen(language, resolutionNl, resolutionEn);
    }

    /** From the first complaint to the lead's alert, when the incident came from a spike. */
    public Duration timeToAlert() {
        return firstComplaintAt == null || alertedAt == null ? null : Duration.between(firstComplaintAt, alertedAt);
    }

    private static String pick(Language language, String dutch, String english) {
        return chosen(language, dutch, english) == Language.NL ? dutch : english;
    }

    private static Language chosen(Language language, String dutch, String english) {
        if (language == Language.NL) {
            return dutch != null ? Language.NL : Language.EN;
        }
        return english != null ? Language.EN : Language.NL;
    }
}
