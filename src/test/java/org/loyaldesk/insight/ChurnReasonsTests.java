package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A churn reason is something a lead can act on: phrased in words with its evidence, never "(0.0)". */
class ChurnReasonsTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("insight", "messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void eachReasonSaysWhatHappenedAndHowOftenInDutchAndEnglish() {
        double[] customer = new double[ChurnFeature.values().length];
        customer[ChurnFeature.NEGATIVE_ANSWERS.ordinal()] = 2;
        customer[ChurnFeature.DAYS_SINCE_ORDER.ordinal()] = Math.log1p(40);
        customer[ChurnFeature.TENURE.ordinal()] = Math.log1p(800);

        List<ChurnModel.Reason> reasons = ChurnModel.prior().reasons(customer);

        assertThat(phrases(reasons, Locale.ENGLISH))
            .containsExactlyInAnyOrder("2 negative survey answers in the last year", "No order for 40 days");
        assertThat(phrases(reasons, Locale.forLanguageTag("nl")))
            .containsExactlyInAnyOrder("2 negatieve enquêteantwoorden in het afgelopen jaar", "40 dagen geen bestelling");
    }

    @Test
    void aReasonWithNothingBehindItIsNotShownEvenWhenStoredThatWay() {
        CustomerRisk risk = new CustomerRisk(1, "Sanne", 0.4, List.of(
            new ChurnModel.Reason(ChurnFeature.NEGATIVE_ANSWERS, 0.0, 0.0),
            new ChurnModel.Reason(ChurnFeature.UNRECOVERED, 0.0, 0.6),
            new ChurnModel.Reason(ChurnFeature.OPEN_ISSUES, 1.0, 0.5)), BigDecimal.TEN, null);

        assertThat(phrases(risk.reasons(), Locale.ENGLISH)).containsExactly("1 question still open");
    }

    private static List<String> phrases(List<ChurnModel.Reason> reasons, Locale locale) {
        return reasons.stream().map(ChurnModel.Reason::phrase)
            .map(phrase -> MESSAGES.getMessage(phrase.key(), phrase.args().toArray(), locale)).toList();
    }
}
