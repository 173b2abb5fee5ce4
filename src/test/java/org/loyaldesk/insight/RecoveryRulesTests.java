package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RecoveryRulesTests {

    @Test
    void aDiscountNeedsAnAmount() {
        assertThatThrownBy(() -> RecoveryActions.check(RecoveryKind.DISCOUNT, null, null, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecoveryActions.check(RecoveryKind.CREDIT, new BigDecimal("-5"), null, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> RecoveryActions.check(RecoveryKind.CREDIT, new BigDecimal("12.50"), null, null))
            .doesNotThrowAnyException();
    }

    @Test
    void proofOfImprovementLinksToTheFixOverHttp() {
        assertThatThrownBy(() -> RecoveryActions.check(RecoveryKind.PROOF_OF_IMPROVEMENT, null, "javascript:alert(1)",
            null)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> RecoveryActions.check(RecoveryKind.PROOF_OF_IMPROVEMENT, null,
            "https://example.com/fix", null)).doesNotThrowAnyException();
    }

    @Test
    void anApologyNeedsNothingMore() {
        assertThatCode(() -> RecoveryActions.check(RecoveryKind.APOLOGY, null, null, null)).doesNotThrowAnyException();
    }
}
