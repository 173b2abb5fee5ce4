package org.loyaldesk.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Whether a customer is asked about a solved conversation. Asking too often is effort too:
 * nobody is asked twice within the quiet period, and never about spam or at an address that bounced.
 */
public final class SurveyRules {

    private SurveyRules() {
    }

    public enum Decision {
        ASK, SPAM, NO_ADDRESS, UNDELIVERABLE, ASKED_RECENTLY, ALREADY_ASKED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param lastAsked when the customer was last sent a survey, or null
     * @param alreadyAsked this conversation already has an invitation
     */
    public static Decision decide(boolean spam, String address, boolean deliverable, Instant lastAsked,
                                  boolean alreadyAsked, int quietDays, Instant now) {
        if (spam) {
            return Decision.SPAM;
        }
        if (alreadyAsked) {
            return Decision.ALREADY_ASKED;
        }
        if (address == null) {
            return Decision.NO_ADDRESS;
        }
        if (!deliverable) {
            return Decision.UNDELIVERABLE;
        }
        if (lastAsked != null && lastAsked.isAfter(now.minus(Duration.ofDays(quietDays)))) {
            return Decision.ASKED_RECENTLY;
        }
        return Decision.ASK;
    }

    /** NPS is a relationship question: at most once per period per customer. */
    public static boolean npsDue(Instant lastNps, int everyDays, Instant now) {
        return everyDays > 0 && (lastNps == null || lastNps.isBefore(now.minus(Duration.ofDays(everyDays))));
    }
}
