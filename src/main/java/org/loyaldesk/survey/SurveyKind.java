package org.loyaldesk.survey;

import java.util.Locale;
import java.util.stream.IntStream;

/** The questions Loyaldesk asks, each with its scale. */
public enum SurveyKind {
    /** Customer Effort Score: "made it easy for me to handle my issue", 1 strongly disagree .. 7 strongly agree. */
    CES(1, 7),
    /** Customer satisfaction: 1 very unsatisfied .. 5 very satisfied. */
    CSAT(1, 5),
    /** Net Promoter Score: how likely to recommend us, 0 .. 10. */
    NPS(0, 10);

    private final int lowest;
    private final int highest;

    SurveyKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public int[] scale() {
        return IntStream.rangeClosed(lowest, highest).toArray();
    }

    public boolean accepts(int score) {
        return score >= lowest && score <= highest;
    }

    /** The answer as a feeling from -1 (worst) to 1 (best), comparable with message sentiment. */
    public double feeling(int score) {
        return 2.0 * (score - lowest) / (highest - lowest) - 1;
    }

    /** A detractor's answer: CES 1–3, CSAT 1–2, NPS 0–6. */
    public boolean negative(int score) {
        return switch (this) {
            case CES -> score <= 3;
            case CSAT -> score <= 2;
            case NPS -> score <= 6;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SurveyKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
