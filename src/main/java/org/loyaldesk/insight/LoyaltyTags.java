package org.loyaldesk.insight;

import java.util.ArrayList;
import java.util.List;

import org.loyaldesk.survey.SurveyAnswer;

/**
 * The loyalty drivers and churn reasons a conversation shows, read from its signals. The rules
 * follow the articles: low effort and a friendly fix at first contact keep customers; effort,
 * repeat contacts, being passed around and an unrecovered bad moment drive them away.
 */
final class LoyaltyTags {

    record Tag(TagBucket bucket, String tag) {
    }

    private LoyaltyTags() {
    }

    static List<Tag> of(ConversationSignal signal, Effort effort, SurveyAnswer answer) {
        List<Tag> tags = new ArrayList<>();
        EffortInputs in = signal.inputs();
        loyalty(tags, signal.fcr() == FcrState.YES, "first-contact");
        loyalty(tags, signal.mood() == Mood.RECOVERED, "recovered");
        loyalty(tags, signal.status().equals("solved") || signal.status().equals("closed") ? effort.score() >= 5.5
            : false, "low-effort");
        loyalty(tags, signal.firstResponseMinutes() != null && signal.firstResponseMinutes() <= 60, "fast-answer");
        loyalty(tags, signal.agentTone() != null && signal.agentTone() >= 0.3, "friendly-tone");
        loyalty(tags, answer != null && answer.feeling() >= 0.5, "positive-survey");
        churn(tags, effort.score() <= 3.5, "high-effort");
        churn(tags, signal.mood() == Mood.UNRECOVERED, "unrecovered");
        churn(tags, in.get(EffortDriver.REPEAT_CONTACTS) > 0 || "repeat-contact".equals(signal.fcrReason()),
            "repeat-contact");
        churn(tags, in.get(EffortDriver.WAITING) >= EffortInputs.waiting(24), "long-wait");
        churn(tags, in.get(EffortDriver.TRANSFERS) > 0 || in.get(EffortDriver.CHANNEL_SWITCHES) > 0, "passed-around");
        churn(tags, in.get(EffortDriver.ASKED_TWICE) > 0, "asked-twice");
        churn(tags, "product-defect".equals(signal.contactReason()), "product-defect");
        churn(tags, answer != null && answer.negative(), "negative-survey");
        return tags;
    }

    private static void loyalty(List<Tag> tags, boolean applies, String tag) {
        if (applies) {
            tags.add(new Tag(TagBucket.LOYALTY, tag));
        }
    }

    private static void churn(List<Tag> tags, boolean applies, String tag) {
        if (applies) {
            tags.add(new Tag(TagBucket.CHURN, tag));
        }
    }
}
