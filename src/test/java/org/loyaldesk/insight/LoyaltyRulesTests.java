package org.loyaldesk.insight;

import org.loyaldesk.platform.BusinessHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The loyalty rules as the articles state them, each in one place. */
class LoyaltyRulesTests {

    static final Instant SOLVED = Instant.parse("2026-10-01T12:00:00Z");

    @Test
    void anAngryStartAndAThankfulEndIsRecovered() {
        PeakEnd reading = PeakEnd.of(List.of(PeakEnd.feeling(-0.6, 0.85), 0.1, 0.8), null).orElseThrow();

        assertThat(reading.mood()).isEqualTo(Mood.RECOVERED);
        assertThat(reading.peakIndex()).isZero();
        assertThat(reading.peak()).isLessThanOrEqualTo(-0.85);
        assertThat(reading.end()).isEqualTo(0.8);
    }

    @Test
    void anAngryCustomerWhoIsStillNegativeAtTheEndIsUnrecovered() {
        assertThat(PeakEnd.of(List.of(-0.2, PeakEnd.feeling(-0.5, 0.9), -0.4), null).orElseThrow().mood())
            .isEqualTo(Mood.UNRECOVERED);
    }

    @Test
    void aConversationWithoutANegativePeakIsCalm() {
        assertThat(PeakEnd.of(List.of(0.0, 0.3), null).orElseThrow().mood()).isEqualTo(Mood.CALM);
    }

    @Test
    void aSurveyAnswerIsTheEndWhenThereIsOne() {
        PeakEnd reading = PeakEnd.of(List.of(-0.7, -0.5), 1.0).orElseThrow();

        assertThat(reading.endFromSurvey()).isTrue();
        assertThat(reading.mood()).isEqualTo(Mood.RECOVERED);
        assertThat(reading.score()).isEqualTo((-0.7 + 1.0) / 2);
    }

    @Test
    void nothingToReadIsNoReading() {
        assertThat(PeakEnd.of(List.of(), null)).isEmpty();
    }

    @Test
    void aTransferAndAChannelSwitchCostEffort() {
        EffortModel model = EffortModel.defaults();
        Effort easy = model.score(EffortInputs.none());
        Effort passedAround = model.score(EffortInputs.none().with(EffortDriver.TRANSFERS, 1)
            .with(EffortDriver.CHANNEL_SWITCHES, 1));

        assertThat(passedAround.score()).isLessThan(easy.score());
        assertThat(passedAround.costs().get(EffortDriver.TRANSFERS)).isPositive();
        assertThat(passedAround.costs().get(EffortDriver.CHANNEL_SWITCHES)).isPositive();
        assertThat(easy.score() - passedAround.score())
            .isEqualTo(passedAround.costs().values().stream().mapToDouble(Double::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void effortStaysOnTheCesScaleHoweverHardItWas() {
        EffortInputs everything = EffortInputs.none();
        for (EffortDriver driver : EffortDriver.values()) {
            everything = everything.with(driver, 10);
        }
        assertThat(EffortModel.defaults().score(everything).score()).isEqualTo(1);
        assertThat(EffortModel.defaults().score(EffortInputs.none()).score()).isBetween(6.0, 7.0);
    }

    @Test
    void calibrationLearnsWhatCustomersAnswered() {
        List<EffortCalibration.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int transfers = i % 3;
            int repeats = i % 2;
            double ces = 6.8 - 1.5 * transfers - 0.5 * repeats;
            answers.add(new EffortCalibration.Answer(EffortInputs.none().with(EffortDriver.TRANSFERS, transfers)
                .with(EffortDriver.REPEAT_CONTACTS, repeats), Math.max(1, ces)));
        }
        EffortModel fitted = EffortCalibration.fit(answers).orElseThrow();

        assertThat(fitted.costs().get(EffortDriver.TRANSFERS)).isGreaterThan(1.2);
        assertThat(fitted.fit().r2()).isGreaterThan(0.9);
        assertThat(fitted.fit().rmse()).isLessThan(fitted.fit().defaultRmse());
    }

    @Test
    void aFewAnswersDoNotCalibrate() {
        assertThat(EffortCalibration.fit(List.of(new EffortCalibration.Answer(EffortInputs.none(), 7)))).isEmpty();
    }

    @Test
    void aRepeatContactWithinSevenDaysOnTheSameReasonIsNotFirstContactResolution() {
        Instant opened = SOLVED.minus(Duration.ofHours(3));
        Instant cameBack = SOLVED.plus(Duration.ofDays(5));
        boolean repeat = FirstContactResolution.isRepeat(opened, SOLVED, cameBack);

        assertThat(repeat).isTrue();
        assertThat(FirstContactResolution.decide(SOLVED, 1, 0, repeat, SOLVED.plus(Duration.ofDays(8))).state())
            .isEqualTo(FcrState.NO);
    }

    @Test
    void aContactAfterSevenDaysIsANewIssue() {
        assertThat(FirstContactResolution.isRepeat(SOLVED.minus(Duration.ofHours(3)), SOLVED,
            SOLVED.plus(Duration.ofDays(8)))).isFalse();
    }

    @Test
    void firstContactResolutionIsDecidedSevenDaysAfterSolving() {
        assertThat(FirstContactResolution.decide(SOLVED, 1, 0, false, SOLVED.plus(Duration.ofDays(6))).state())
            .isEqualTo(FcrState.PENDING);
        assertThat(FirstContactResolution.decide(SOLVED, 1, 0, false, SOLVED.plus(Duration.ofDays(7))).state())
            .isEqualTo(FcrState.YES);
    }

    @Test
    void aReopenedConversationIsNotFirstContactResolutionAtOnce() {
        FirstContactResolution fcr = FirstContactResolution.decide(null, 1, 1, false, SOLVED);

        assertThat(fcr.state()).isEqualTo(FcrState.NO);
        assertThat(fcr.reason()).isEqualTo("reopened");
    }

    @Test
    void aMailOnFridayEveningAnsweredOnMondayMorningWasAnsweredInBusinessHours() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        BusinessHours hours = BusinessHours.weekdays(amsterdam, LocalTime.of(9, 0), LocalTime.of(17, 30));
        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 20, 20, 0, 0, 0, amsterdam);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        Instant monday = friday.plusDays(3).withHour(9).withMinute(30).toInstant();

        assertThat(hours.between(friday.toInstant(), monday)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aCustomerWhoHasToRepeatThemselvesIsCounted() {
        int twice = AskedTwice.count(List.of(new AskedTwice.Said(true, "Mijn bestelling KK-240101 is niet aangekomen."),
            new AskedTwice.Said(false, "Wat is je bestelnummer?"),
            new AskedTwice.Said(true, "Zoals ik al schreef: KK-240101.")));

        assertThat(twice).isEqualTo(2);
    }

    @Test
    void aPoliteAnswerAsksNothingTwice() {
        assertThat(AskedTwice.count(List.of(new AskedTwice.Said(true, "Where is order KK-240101?"),
            new AskedTwice.Said(false, "It ships tomorrow. Thanks for your patience!"),
            new AskedTwice.Said(true, "Great, thank you!")))).isZero();
    }

    @Test
    void churnRiskGrowsWithUnrecoveredConversationsAndIsExplained() {
        ChurnModel prior = ChurnModel.prior();
        double[] calm = new double[ChurnFeature.values().length];
        calm[ChurnFeature.TENURE.ordinal()] = Math.log1p(400);
        calm[ChurnFeature.DAYS_SINCE_ORDER.ordinal()] = Math.log1p(20);
        double[] unhappy = calm.clone();
        unhappy[ChurnFeature.UNRECOVERED.ordinal()] = 2;
        unhappy[ChurnFeature.NEGATIVE_ANSWERS.ordinal()] = 1;

        assertThat(prior.risk(unhappy)).isGreaterThan(prior.risk(calm));
        assertThat(prior.reasons(unhappy)).extracting(ChurnModel.Reason::feature).first()
            .isEqualTo(ChurnFeature.UNRECOVERED);
    }

    @Test
    void aucIsOneForAPerfectRankingAndAHalfForNone() {
        assertThat(Auc.of(new double[] { 0.1, 0.2, 0.8, 0.9 }, new boolean[] { false, false, true, true })).isEqualTo(1.0);
        assertThat(Auc.of(new double[] { 0.5, 0.5, 0.5, 0.5 }, new boolean[] { false, true, false, true })).isEqualTo(0.5);
    }

    @Test
    void logisticRegressionSeparatesWhatCanBeSeparated() {
        double[][] x = new double[200][];
        boolean[] y = new boolean[200];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            y[i] = i % 2 == 0;
            x[i] = new double[] { (y[i] ? 1.5 : -1.5) + random.nextGaussian(), random.nextGaussian() };
        }
        int[] folds = java.util.stream.IntStream.range(0, 200).map(i -> i % 5).toArray();

        assertThat(Auc.crossValidated(x, y, folds, 5, 1.0)).isGreaterThan(0.9);
        assertThat(Optional.of(LogisticRegression.fit(x, y, 1.0).weights()[0])).get().matches(w -> w > 0);
    }
}
