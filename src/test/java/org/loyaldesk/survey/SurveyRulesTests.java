package org.loyaldesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Who is asked, and which links are believed. */
class SurveyRulesTests {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final SurveyLinks LINKS = new SurveyLinks("a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void aCustomerSurveyedLastWeekIsNotAskedAgain() {
        assertThat(SurveyRules.decide(false, "jan@voorbeeld.nl", true, NOW.minus(Duration.ofDays(7)), false, 30, NOW))
            .isEqualTo(SurveyRules.Decision.ASKED_RECENTLY);
        assertThat(SurveyRules.decide(false, "jan@voorbeeld.nl", true, NOW.minus(Duration.ofDays(40)), false, 30, NOW))
            .isEqualTo(SurveyRules.Decision.ASK);
    }

    @Test
    void spamAndBouncedAddressesAreNeverSurveyed() {
        assertThat(SurveyRules.decide(true, "x@spam.example", true, null, false, 30, NOW))
            .isEqualTo(SurveyRules.Decision.SPAM);
        assertThat(SurveyRules.decide(false, "gone@voorbeeld.nl", false, null, false, 30, NOW))
            .isEqualTo(SurveyRules.Decision.UNDELIVERABLE);
        assertThat(SurveyRules.decide(false, null, false, null, false, 30, NOW))
            .isEqualTo(SurveyRules.Decision.NO_ADDRESS);
    }

    @Test
    void npsIsAskedAtMostOncePerNinetyDays() {
        assertThat(SurveyRules.npsDue(NOW.minus(Duration.ofDays(30)), 90, NOW)).isFalse();
        assertThat(SurveyRules.npsDue(NOW.minus(Duration.ofDays(91)), 90, NOW)).isTrue();
        assertThat(SurveyRules.npsDue(null, 0, NOW)).isFalse();
    }

    @Test
    void aSignedLinkOpensItsInvitation() {
        SurveyLinks.Verdict verdict = LINKS.verify(LINKS.token(42, NOW.plus(Duration.ofDays(14))), NOW);

        assertThat(verdict.status()).isEqualTo(SurveyLinks.Status.VALID);
        assertThat(verdict.invitationId()).isEqualTo(42);
    }

    @Test
    void aTamperedSurveyLinkIsRefused() {
        String token = LINKS.token(42, NOW.plus(Duration.ofDays(14)));
        String otherInvitation = java.util.Base64.getUrlEncoder().withoutPadding()
            .encodeToString(("43." + NOW.plus(Duration.ofDays(14)).getEpochSecond()).getBytes(StandardCharsets.US_ASCII))
            + token.substring(token.indexOf('.'));
        String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThat(LINKS.verify(otherInvitation, NOW).status()).isEqualTo(SurveyLinks.Status.TAMPERED);
        assertThat(LINKS.verify(flipped, NOW).status()).isEqualTo(SurveyLinks.Status.TAMPERED);
        assertThat(LINKS.verify("", NOW).status()).isEqualTo(SurveyLinks.Status.TAMPERED);
        assertThat(LINKS.verify("<script>.x", NOW).status()).isEqualTo(SurveyLinks.Status.TAMPERED);
        assertThat(new SurveyLinks("another secret, also long".getBytes(StandardCharsets.UTF_8)).verify(token, NOW)
            .status()).isEqualTo(SurveyLinks.Status.TAMPERED);
    }

    @Test
    void anOldLinkHasExpired() {
        assertThat(LINKS.verify(LINKS.token(42, NOW.minus(Duration.ofSeconds(1))), NOW).status())
            .isEqualTo(SurveyLinks.Status.EXPIRED);
    }

    @Test
    void answersBecomeFeelingsOnOneScale() {
        assertThat(SurveyKind.CES.feeling(7)).isEqualTo(1.0);
        assertThat(SurveyKind.CES.feeling(1)).isEqualTo(-1.0);
        assertThat(SurveyKind.NPS.feeling(5)).isEqualTo(0.0);
        assertThat(SurveyKind.CSAT.negative(2)).isTrue();
        assertThat(SurveyKind.CES.accepts(8)).isFalse();
    }
}
