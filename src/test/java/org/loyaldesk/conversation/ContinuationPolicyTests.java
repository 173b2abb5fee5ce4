package org.loyaldesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.loyaldesk.text.WordOverlap;

/** Which conversation a customer's message continues, as the rule reads. */
class ContinuationPolicyTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Supplier<String> NO_REASON = () -> null;

    @Test
    void aMessageContinuesTheOneActiveConversationWhateverTheChannel() {
        var only = active(1, null, Set.of(), 10);

        assertThat(choose("Is er al nieuws?", NO_REASON, only)).contains(1L);
    }

    @Test
    void anOrderNumberPicksTheConversationAboutThatOrder() {
        var parcel = active(1, "delivery", Set.of("KK-1001"), 60);
        var machine = active(2, "product-defect", Set.of("KK-2002"), 10);

        assertThat(choose("Nog nieuws over bestelling KK-1001?", NO_REASON, parcel, machine)).contains(1L);
    }

    @Test
    void aMessageAboutAnotherOrderStartsItsOwnConversation() {
        var parcel = active(1, "delivery", Set.of("KK-1001"), 10);

        assertThat(choose("Bestelling KK-3003 is kapot", NO_REASON, parcel)).isEmpty();
    }

    @Test
    void aConversationNumberWinsOverRecency() {
        var older = active(7, null, Set.of(), 60);
        var newer = active(8, null, Set.of(), 10);

        assertThat(choose("Over #7: nog steeds niets", NO_REASON, older, newer)).contains(7L);
    }

    @Test
    void ofSeveralTheContactReasonDecidesThenTheMostRecent() {
        var delivery = active(1, "delivery", Set.of(), 60);
        var payment = active(2, "payment", Set.of(), 10);

        assertThat(choose("Het pakket is er niet", () -> "delivery", delivery, payment)).contains(1L);
        assertThat(choose("Hallo?", NO_REASON, delivery, payment)).contains(2L);
    }

    @Test
    void ofSeveralWithoutAReasonToTellThemApartTheWordsDecide() {
        var parcel = active(1, null, Set.of(), 60);
        var invoice = active(2, null, Set.of(), 10);
        Map<Long, String> said = Map.of(
            1L, "Mijn pakket is nog steeds niet bezorgd, de bezorger zegt dat hij is geweest",
            2L, "Op de factuur staat een verkeerd bedrag, ik ben twee keer betaald");

        assertThat(choose("Is de bezorger vandaag wel langs geweest met mijn pakket?", NO_REASON, said, parcel, invoice))
            .as("about the parcel, though the invoice conversation is more recent").contains(1L);
        assertThat(choose("Klopt het bedrag op de factuur nu wel?", NO_REASON, said, parcel, invoice)).contains(2L);
        assertThat(choose("Hallo, ik heb nog een vraag", NO_REASON, said, parcel, invoice))
            .as("no words in common: the most recent").contains(2L);
    }

    @Test
    void ofSeveralWithTheSameReasonTheWordsDecideAmongThose() {
        var blender = active(1, "product-defect", Set.of(), 60);
        var kettle = active(2, "product-defect", Set.of(), 10);
        var refund = active(3, "refund", Set.of(), 5);
        Map<Long, String> said = Map.of(
            1L, "The blender makes a grinding noise and smells burnt",
            2L, "The kettle leaks water from the bottom",
            3L, "When will I get my refund for the blender?");

        assertThat(choose("The blender still smells burnt after one use", () -> "product-defect", said,
            blender, kettle, refund)).contains(1L);
    }

    @Test
    void wordsThatDoNotClearlyPointToOneLeaveTheMostRecent() {
        var first = active(1, null, Set.of(), 60);
        var second = active(2, null, Set.of(), 10);
        Map<Long, String> said = Map.of(1L, "My order has not arrived", 2L, "My order arrived damaged");

        assertThat(choose("About my order", NO_REASON, said, first, second)).contains(2L);
    }

    @Test
    void aSolvedConversationIsReopenedOnlyForTheSameReason() {
        var solved = new ContinuationPolicy.Candidate(3, false, "delivery", Set.of(), NOW.minusSeconds(3600));

        assertThat(choose("Pakket nog steeds niet bezorgd", () -> "delivery", solved)).contains(3L);
        assertThat(choose("Mijn wachtwoord werkt niet", () -> "account", solved)).isEmpty();
        assertThat(choose("Vraagje", () -> "other", solved)).isEmpty();
    }

    @Test
    void theReasonIsOnlyAskedWhenItDecides() {
        Supplier<String> mustNotBeAsked = () -> {
            throw new AssertionError("the contact reason was suggested without need");
        };

        assertThat(choose("Hallo", mustNotBeAsked, active(1, null, Set.of(), 10))).contains(1L);
    }

    @Test
    void referencesAreOrderNumbersAfterAWordForOrderAndConversationNumbers() {
        MessageReferences read = MessageReferences.in("Re: bestelling KK-48213",
            "Ordernummer: 100234, tel 06-12345678, #42 en pakket 3SABC123 op 12-11-2026 voor 349,00");

        assertThat(read.orders()).containsExactlyInAnyOrder("KK-48213", "100234", "3SABC123");
        assertThat(read.conversations()).containsExactly(42L);
        assertThat(MessageReferences.in(null, "Mijn bestelling van gisteren, bel me op 0612345678").isEmpty()).isTrue();
    }

    private static ContinuationPolicy.Candidate active(long id, String reason, Set<String> orders, long minutesAgo) {
        return new ContinuationPolicy.Candidate(id, true, reason, orders, NOW.minusSeconds(minutesAgo * 60));
    }

    private static Optional<Long> choose(String text, Supplier<String> reason, ContinuationPolicy.Candidate... candidates) {
        return choose(text, reason, Map.of(), candidates);
    }

    /** {@code said}: what each conversation's customer wrote so far, by conversation id. */
    private static Optional<Long> choose(String text, Supplier<String> reason, Map<Long, String> said,
                                         ContinuationPolicy.Candidate... candidates) {
        Set<String> words = WordOverlap.words(text);
        ContinuationPolicy.Likeness likeness = ids -> ids.stream().collect(Collectors.toMap(id -> id,
            id -> WordOverlap.share(words, WordOverlap.words(said.getOrDefault(id, "")))));
        return ContinuationPolicy.choose(MessageReferences.in(null, text), reason, likeness, List.of(candidates))
            .map(ContinuationPolicy.Candidate::id);
    }
}
