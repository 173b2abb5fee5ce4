package org.loyaldesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateKeysTests {

    @Test
    void namesDifferingInCaseAccentsAndSpacingAreTheSame() {
        assertThat(DuplicateKeys.name("  José   de  Vries ")).isEqualTo(DuplicateKeys.name("jose de vries"));
        assertThat(DuplicateKeys.name("Zoë Müller")).isEqualTo("zoe muller");
        assertThat(DuplicateKeys.name("Jose de Vries")).isNotEqualTo(DuplicateKeys.name("Josef de Vries"));
    }

    @Test
    void aMissingNameResemblesNobody() {
        assertThat(DuplicateKeys.name(null)).isNull();
        assertThat(DuplicateKeys.name(" \t ")).isNull();
    }

    @Test
    void aDutchMobileIsOneNumberHoweverItIsWritten() {
        String stored = DuplicateKeys.of(ContactKind.PHONE, ContactAddress.phone("06 1234 5678").value());

        assertThat(stored).isEqualTo("31612345678");
        for (String written : new String[] {"+31612345678", "0031612345678", "+31 (0)6 12345678", "0031 (0)6-12345678"}) {
            assertThat(DuplicateKeys.of(ContactKind.PHONE, ContactAddress.phone(written).value())).as(written)
                .isEqualTo(stored);
            assertThat(DuplicateKeys.of(ContactKind.PHONE, written)).as("%s unnormalised", written).isEqualTo(stored);
        }
        assertThat(DuplicateKeys.of(ContactKind.PHONE, "0612345678")).isEqualTo(stored);
        assertThat(DuplicateKeys.of(ContactKind.PHONE, "+32612345678")).isNotEqualTo(stored);
    }

    @Test
    void anEmailAddressIsComparedByItsDomainAndOnlyPhoneNumbersHaveAStoredKey() {
        assertThat(DuplicateKeys.emailDomain("jan@Example.NL")).isEqualTo("example.nl");
        assertThat(DuplicateKeys.of(ContactKind.EMAIL, "jan@example.nl")).isNull();
        assertThat(DuplicateKeys.of(ContactKind.CHAT, "visitor-1")).isNull();
        assertThat(DuplicateKeys.of(ContactKind.EXTERNAL, "instagram:jan")).isNull();
    }
}
