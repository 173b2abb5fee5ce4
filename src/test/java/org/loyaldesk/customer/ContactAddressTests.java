package org.loyaldesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactAddressTests {

    @Test
    void oneEmailAddressHoweverItIsWritten() {
        assertThat(ContactAddress.email("  Jan.de.Boer@Voorbeeld.NL ")).isEqualTo(ContactAddress.email("jan.de.boer@voorbeeld.nl"));
    }

    @Test
    void dutchPhoneNumbersWrittenNationallyAreTheSameAsInternationally() {
        ContactAddress international = ContactAddress.phone("+31612345678");

        assertThat(ContactAddress.phone("06-12345678")).isEqualTo(international);
        assertThat(ContactAddress.phone("06 1234 5678")).isEqualTo(international);
        assertThat(ContactAddress.phone("0031 6 12345678")).isEqualTo(international);
        assertThat(ContactAddress.phone("(020) 123 4567").value()).isEqualTo("+31201234567");
    }

    @Test
    void aHandleBelongsToItsPlatform() {
        assertThat(ContactAddress.external("Instagram", "@jan")).isNotEqualTo(ContactAddress.external("tiktok", "@jan"));
        assertThat(ContactAddress.external("Instagram", "@jan").value()).isEqualTo("instagram:@jan");
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ContactAddress.email("jan at voorbeeld")).hasMessageContaining("not a valid email address");
        assertThatThrownBy(() -> ContactAddress.phone("bel me")).hasMessageContaining("not a valid phone number");
        assertThatThrownBy(() -> ContactAddress.chatVisitor(" ")).hasMessageContaining("chat visitor id");
    }
}
