package org.loyaldesk.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.insight.CustomerChurn;
import org.loyaldesk.insight.RecoveryActions;
import org.loyaldesk.insight.RecoveryKind;
import org.loyaldesk.survey.SurveyKind;
import org.loyaldesk.survey.Surveys;

/**
 * What the shop's customers answered and did after their conversations: CES answers on about
 * half of the solved ones (hard conversations get low answers, as in life), service recovery
 * after the bad ones, and customers who left, more often after bad experiences than after good ones.
 */
final class DemoLoyalty {

    /** The CES answers each story tends to get, lowest and highest. */
    private static final Map<String, int[]> CES = Map.of(
        "where-is-my-order", new int[] { 6, 7 }, "damaged-on-arrival", new int[] { 5, 7 },
        "leaking-machine", new int[] { 5, 6 }, "leaking-machine-again", new int[] { 1, 3 },
        "descale-how", new int[] { 6, 7 }, "change-address", new int[] { 3, 5 },
        "password-reset", new int[] { 6, 7 }, "subscription-cancel", new int[] { 4, 6 },
        "warranty-repair", new int[] { 3, 5 });
    private static final Set<String> BAD = Set.of("leaking-machine-again", "angry-no-answer", "late-again",
        "refund-missing", "double-charged", "wrong-item");
    private static final Map<String, String[]> COMMENTS = Map.of(
        "nl-good", new String[] { "Snel en vriendelijk geholpen, dank!", "Prima geregeld.", "Top service." },
        "nl-bad", new String[] { "Ik moest alles twee keer uitleggen.", "Veel te lang gewacht.",
            "Weer kapot, ik ben er klaar mee." },
        "en-good", new String[] { "Quick and friendly, thanks!", "Sorted in no time.", "Great service." },
        "en-bad", new String[] { "I had to explain everything twice.", "Waited far too long.",
            "Broken again, I am done with this." });

    private final Surveys surveys;
    private final CustomerChurn churn;
    private final RecoveryActions recovery;
    private final Random random;
    private final Instant now;

    DemoLoyalty(Surveys surveys, CustomerChurn churn, RecoveryActions recovery, Random random, Instant now) {
        this.surveys = surveys;
        this.churn = churn;
        this.recovery = recovery;
        this.random = random;
        this.now = now;
    }

    void add(List<DemoConversations.Played> played) {
        for (DemoConversations.Played conversation : played) {
            answer(conversation);
            recover(conversation);
        }
        churn(played);
    }

    private void answer(DemoConversations.Played conversation) {
        int[] range = CES.get(conversation.scenario());
        boolean solved = conversation.status() == ConversationStatus.SOLVED
            || conversation.status() == ConversationStatus.CLOSED;
        if (range == null || !solved || random.nextInt(100) >= 55) {
            return;
        }
        int score = range[0] + random.nextInt(range[1] - range[0] + 1);
        String comment = random.nextInt(3) == 0 ? comment(conversation, score >= 5) : null;
        surveys.importAnswer(conversation.conversationId(), SurveyKind.CES, score, comment,
            before(conversation.end().plus(Duration.ofHours(2 + random.nextInt(30)))));
    }

    private void recover(DemoConversations.Played conversation) {
        Instant at = before(conversation.end().plus(Duration.ofMinutes(30)));
        switch (conversation.scenario()) {
            case "damaged-on-arrival" -> {
                recovery.record(conversation.conversationId(), RecoveryKind.APOLOGY, null, null, null, at);
                if (random.nextBoolean()) {
                    recovery.record(conversation.conversationId(), RecoveryKind.DISCOUNT, new BigDecimal("10.00"), null,
                        "10% op de volgende bestelling", at);
                }
            }
            case "leaking-machine-again" -> {
                recovery.record(conversation.conversationId(), RecoveryKind.CREDIT, new BigDecimal("25.00"), null, null, at);
                if (random.nextBoolean()) {
                    recovery.record(conversation.conversationId(), RecoveryKind.PROOF_OF_IMPROVEMENT, null,
                        "https://example.com/kennisbank/nieuwe-pakking-barista-200", null, at);
                }
            }
            case "refund-missing", "double-charged" -> {
                if (random.nextBoolean()) {
                    recovery.record(conversation.conversationId(), RecoveryKind.APOLOGY, null, null, null, at);
                }
            }
            default -> { }
        }
    }

    /** About one in four customers left: likelier the more bad experiences they had. */
    private void churn(List<DemoConversations.Played> played) {
        Map<Long, List<DemoConversations.Played>> byCustomer = played.stream()
            .collect(Collectors.groupingBy(conversation -> conversation.shopper().ref().id()));
        Map<Long, Integer> bad = new HashMap<>();
        byCustomer.forEach((id, theirs) -> bad.put(id, (int) theirs.stream()
            .filter(conversation -> BAD.contains(conversation.scenario())).count()));
        byCustomer.forEach((id, theirs) -> {
            double chance = 0.06 + 0.28 * bad.get(id);
            if (random.nextDouble() < chance) {
                Instant last = theirs.stream().map(DemoConversations.Played::end).max(Instant::compareTo).orElse(now);
                churn.markChurned(id, bad.get(id) > 0 ? "Opgezegd na klachten" : "Geen reden opgegeven",
                    before(last.plus(Duration.ofDays(2 + random.nextInt(10)))));
            }
        });
    }

    private String comment(DemoConversations.Played conversation, boolean good) {
        String language = conversation.shopper().language().code();
        String[] options = COMMENTS.get(language + (good ? "-good" : "-bad"));
        return options[random.nextInt(options.length)];
    }

    private Instant before(Instant at) {
        return at.isAfter(now) ? now.minusSeconds(60) : at;
    }
}
