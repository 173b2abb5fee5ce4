package org.loyaldesk.insight;

import java.util.List;
import java.util.Optional;

/**
 * The peak-end rule: a customer remembers a conversation by its most intense moment and by its end,
 * not by its average. The peak is the most negative feeling; the end is the survey answer when there
 * is one, else the customer's last message.
 *
 * @param peakIndex which feeling was the peak (index in the list given), -1 when the survey is the only reading
 * @param score     the mean of peak and end, -1 .. 1
 */
public record PeakEnd(double peak, int peakIndex, double end, boolean endFromSurvey, double score, Mood mood) {

    /** Below this a moment counts as a negative peak: clearly unhappy or angry. */
    static final double NEGATIVE_PEAK = -0.35;
    /** From this on an end counts as positive: thanks, relief. */
    static final double POSITIVE_END = 0.15;

    /**
     * @param feelings  the customer's messages in time order, each as {@link #feeling(double, double)}
     * @param surveyEnd the survey answer on the same -1 .. 1 scale, or null
     */
    public static Optional<PeakEnd> of(List<Double> feelings, Double surveyEnd) {
        if (feelings.isEmpty() && surveyEnd == null) {
            return Optional.empty();
        }
        int peakIndex = -1;
        double peak = Double.MAX_VALUE;
        for (int i = 0; i < feelings.size(); i++) {
            if (feelings.get(i) < peak) {
                peak = feelings.get(i);
                peakIndex = i;
            }
        }
        double end = surveyEnd != null ? surveyEnd : feelings.getLast();
        if (peakIndex < 0) {
            peak = end;
        }
        return Optional.of(new PeakEnd(peak, peakIndex, end, surveyEnd != null, (peak + end) / 2, mood(peak, end)));
    }

    /** What a message felt like: its sentiment, but an angry message is at least as negative as it is angry. */
    public static double feeling(double sentiment, double anger) {
        return anger >= 0.5 ? Math.min(sentiment, -anger) : sentiment;
    }

    private static Mood mood(double peak, double end) {
        if (peak > NEGATIVE_PEAK) {
            return Mood.CALM;
        }
        return end >= POSITIVE_END ? Mood.RECOVERED : Mood.UNRECOVERED;
    }
}
