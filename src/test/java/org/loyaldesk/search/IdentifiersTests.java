package org.loyaldesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTests {

    @Test
    void orderNumbersAndEmailAddressesInATextAreKeptWhole() {
        assertThat(Identifiers.in("Bestelling KK-240177 ging naar Jan.Jansen@Voorbeeld.nl, zie factuur 2026/0042."))
            .contains("kk-240177", "jan.jansen@voorbeeld.nl", "2026/0042");
    }

    @Test
    void oneTelephoneNumberWrittenThreeWaysIsOneKey() {
        assertThat(Identifiers.of("06-12345678")).contains("tel:612345678");
        assertThat(Identifiers.of("+31612345678")).containsExactly("tel:612345678");
        assertThat(Identifiers.in("bel me op 0031 6 1234 5678")).contains("tel:612345678");
    }

    @Test
    void ordinaryWordsAreNoIdentifiers() {
        assertThat(Identifiers.of("retourzending")).isEmpty();
        assertThat(Identifiers.of("2026")).isEmpty();
    }
}
