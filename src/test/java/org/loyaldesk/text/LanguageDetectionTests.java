package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectionTests {

    static final LanguageDetection DETECTION = LanguageDetection.load();

    @Test
    void tellsDutchFromEnglish() {
        assertThat(DETECTION.detect("Waar blijft mijn bestelling? Ik wacht nu al twee weken op het pakket.", null))
            .isEqualTo(TextLanguage.NL);
        assertThat(DETECTION.detect("Where is my order? I have been waiting for the parcel for two weeks now.", null))
            .isEqualTo(TextLanguage.EN);
    }

    @Test
    void shortTextsAreDecidedByCommonWords() {
        assertThat(DETECTION.detect("Bedankt!", null)).isEqualTo(TextLanguage.NL);
        assertThat(DETECTION.detect("Thanks!", null)).isEqualTo(TextLanguage.EN);
        assertThat(DETECTION.detect("Waar is het?", null)).isEqualTo(TextLanguage.NL);
    }

    @Test
    void theHintDecidesWhatTheTextCannot() {
        assertThat(DETECTION.detect("Ok", "nl-BE")).isEqualTo(TextLanguage.NL);
        assertThat(DETECTION.detect("Ok", "en")).isEqualTo(TextLanguage.EN);
        assertThat(DETECTION.detect("12345", "nl")).isEqualTo(TextLanguage.NL);
    }

    @Test
    void aConfidentDetectionBeatsTheHint() {
        assertThat(DETECTION.detect("Where is my order? I have been waiting for the parcel for two weeks now.", "nl"))
            .isEqualTo(TextLanguage.EN);
    }

    @Test
    void otherLanguagesAreOther() {
        assertThat(DETECTION.detect("¿Dónde está mi pedido? Lo compré hace dos semanas en la tienda de Madrid.", null))
            .isEqualTo(TextLanguage.OTHER);
        assertThat(DETECTION.detect("Wo bleibt meine Bestellung? Ich warte schon seit zwei Wochen darauf.", null))
            .isEqualTo(TextLanguage.OTHER);
    }

    @Test
    void textWithoutLettersIsOtherUnlessHinted() {
        assertThat(DETECTION.detect("😡😡", null)).isEqualTo(TextLanguage.OTHER);
        assertThat(DETECTION.detect(null, null)).isEqualTo(TextLanguage.OTHER);
        assertThat(DETECTION.detect("", "en")).isEqualTo(TextLanguage.EN);
    }
}
