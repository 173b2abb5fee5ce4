package org.loyaldesk.text;

import java.util.List;

/**
 * Why a message got its scores: the words and signals that drove sentiment and anger (strongest
 * first), and what part of the message was read.
 *
 * @param scoredCharacters  how much new text was scored; quoted history and signature are not
 * @param quotedHistoryLeftOut the message quoted earlier mail, which was not scored
 * @param signatureLeftOut  a signature or "Sent from my phone" line was not scored
 * @param truncated         the message was longer than the analyser reads; only its start was scored
 */
public record Explanation(List<Contribution> sentiment, List<Contribution> anger, int scoredCharacters,
                          boolean quotedHistoryLeftOut, boolean signatureLeftOut, boolean truncated) {

    public static final Explanation NOTHING_TO_READ = new Explanation(List.of(), List.of(), 0, false, false, false);
}
