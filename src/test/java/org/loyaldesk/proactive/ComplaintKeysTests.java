package org.loyaldesk.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The groups a contact counts in: what the customer bought or names, why they write, and what they write about. */
class ComplaintKeysTests {

    private static final Map<String, String> PRODUCTS = Map.of("SKU-1001", "Volta Powerbank A1", "SKU-1002",
        "Lumo Lamp", "SKU-1003", "Orbit Speaker X2");

    @Test
    void theProductsOrderedLatelyAndThoseNamedInTheTextAreKeys() {
        Set<String> keys = ComplaintKeys.of("Mijn volta powerbank a1 wordt heet, ook de sku-1003 trouwens",
            "defect", List.of("SKU-1002"), PRODUCTS);

        assertThat(keys).filteredOn(key -> key.startsWith(ComplaintKeys.PRODUCT))
            .containsExactlyInAnyOrder("product:SKU-1002", "product:SKU-1001", "product:SKU-1003");
        assertThat(keys).contains("reason:defect", "word:heet");
    }

    @Test
    void aProductNameIsFoundAsWholeWordsOnly() {
        Set<String> keys = ComplaintKeys.of("De lumo lampenkap is gebroken", null, List.of(), PRODUCTS);

        assertThat(keys).noneMatch(key -> key.startsWith(ComplaintKeys.PRODUCT));
    }

    @Test
    void anUnknownReasonGivesNoReasonKey() {
        assertThat(ComplaintKeys.of("Waar blijft mijn pakket?", null, List.of(), PRODUCTS))
            .noneMatch(key -> key.startsWith(ComplaintKeys.REASON))
            .contains("word:pakket");
    }

    @Test
    void eachWordIsOneKeyTheStemThatStillReadsAsAWord() {
        // WordOverlap stems "heet" to "het" the Dutch way and "oplader" to "oplad" the English way
        assertThat(ComplaintKeys.words("De oplader wordt heet, beide opladers")).containsExactly("oplader", "heet",
            "beid");
    }

    @Test
    void aLongMessageAddsAtMostTheCapOfWordsItsFirstOnes() {
        String text = "scherm knop batterij kabel lader stekker deksel display lampje sensor motor pomp filter "
            + "wieltje riem";

        List<String> words = ComplaintKeys.words(text);

        assertThat(words).hasSize(ComplaintKeys.MAX_WORDS).startsWith("scherm", "knop").doesNotContain("riem");
    }

    @Test
    void noTextGivesOnlyTheOrderedProductsAndTheReason() {
        assertThat(ComplaintKeys.of(null, "return", List.of("SKU-1001"), PRODUCTS))
            .containsExactly("product:SKU-1001", "reason:return");
    }
}
