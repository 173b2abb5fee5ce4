package org.loyaldesk.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of a notice: when it shows, whom it addresses, in which language a customer reads it. */
class ServiceNoticeTests {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aNoticeShowsFromItsStartUntilItsEndOrUntilItIsEnded() {
        ServiceNotice open = notice(NOW.minus(Duration.ofHours(1)), null, null);
        ServiceNotice later = notice(NOW.plus(Duration.ofHours(1)), null, null);
        ServiceNotice over = notice(NOW.minus(Duration.ofHours(2)), NOW, null);
        ServiceNotice ended = notice(NOW.minus(Duration.ofHours(2)), null, NOW.minus(Duration.ofMinutes(1)));

        assertThat(open.state(NOW)).isEqualTo(ServiceNotice.State.SHOWN);
        assertThat(later.state(NOW)).isEqualTo(ServiceNotice.State.SCHEDULED);
        assertThat(later.isShownAt(NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(over.state(NOW)).isEqualTo(ServiceNotice.State.EXPIRED);
        assertThat(over.isShownAt(NOW.minusSeconds(1))).isTrue();
        assertThat(ended.state(NOW)).isEqualTo(ServiceNotice.State.ENDED);
    }

    @Test
    void aNoticeAboutProductsAddressesTheirBuyersWhateverCaseTheShopWritesTheSkuIn() {
        ServiceNotice recall = withSkus(Set.of("KK-ESP-200"));

        assertThat(recall.concerns(Set.of("kk-esp-200 ", "KK-MLK-010"))).isTrue();
        assertThat(recall.concerns(Set.of("KK-MLK-010"))).isFalse();
        assertThat(recall.concerns(Set.of())).isFalse();
        assertThat(withSkus(Set.of()).concerns(Set.of())).isTrue();
    }

    @Test
    void aCustomerReadsTheirLanguageOrTheOtherWhenTheNoticeHasOnlyThat() {
        ServiceNotice both = new ServiceNotice(1, Severity.INFO, "Storing", "Tekst", "Outage", "Text", NOW, null,
            Set.of(), "Fatima", NOW, null);
        ServiceNotice dutchOnly = new ServiceNotice(2, Severity.INFO, "Storing", "Tekst", null, null, NOW, null,
            Set.of(), "Fatima", NOW, null);

        assertThat(both.title(Locale.forLanguageTag("nl-NL"))).isEqualTo("Storing");
        assertThat(both.text(Locale.ENGLISH)).isEqualTo("Text");
        assertThat(both.title(Locale.GERMAN)).isEqualTo("Outage");
        assertThat(dutchOnly.title(Locale.ENGLISH)).isEqualTo("Storing");
        assertThat(dutchOnly.text(Locale.ENGLISH)).isEqualTo("Tekst");
        assertThat(dutchOnly.language(Locale.ENGLISH)).isEqualTo("nl");
    }

    private static ServiceNotice notice(Instant from, Instant until, Instant ended) {
        return new ServiceNotice(1, Severity.WARNING, null, null, "Delay", "Parcels are late", from, until, Set.of(),
            "Fatima", from, ended);
    }

    private static ServiceNotice withSkus(Set<String> skus) {
        return new ServiceNotice(1, Severity.WARNING, null, null, "Recall", "Bring it back", NOW, null, skus, "Fatima",
            NOW, null);
    }
}
