package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryTextTests {

    @Test
    void quotedWordsAreAPhraseAndTheRestAreWords() {
        QueryText text = QueryText.parse("retour \"pakket ligt bij de buren\" KK-240177");

        assertThat(text.phrases()).containsExactly("pakket ligt bij de buren");
        assertThat(text.words()).containsExactly("retour", "KK-240177");
    }

    @Test
    void aLoneQuoteIsIgnoredRatherThanAnError() {
        QueryText text = QueryText.parse("\"pakket kwijt");

        assertThat(text.phrases()).isEmpty();
        assertThat(text.words()).containsExactly("pakket", "kwijt");
    }

    @Test
    void nothingOrFarTooMuchIsRefused() {
        assertThatThrownBy(() -> QueryText.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryText.parse("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }
}
