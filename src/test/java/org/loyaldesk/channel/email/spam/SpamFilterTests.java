package org.loyaldesk.channel.email.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParsedMail;

class SpamFilterTests {

    final SpamFilter filter = SpamFilter.standard();

    @Test
    void anObviousMoneyOfferIsSpamAndSaysWhy() {
        SpamScore score = filter.score(mail("From: \"BEST OFFERS\" <offers7781@bulk-deals.example>", "Subject: FREE CASH!!! Act now",
            "Content-Type: text/html", "",
            "<html><body><font color=red size=5>GUARANTEED FREE MONEY!!!</font><br>Click here to claim your FREE $1000 cash prize",
            "now! Limited time offer, order today. 100% free, no obligation, no credit card needed. Earn extra income from home.",
            "<a href=\"http://www.bulk-deals.example/claim\">CLICK HERE</a> To be removed from our mailing list click here.</body></html>"));

        assertThat(score.isSpam()).isTrue();
        assertThat(score.score()).isGreaterThan(0.9);
        assertThat(score.topFeatures()).isNotEmpty().allSatisfy(feature -> assertThat(feature.weight()).isPositive());
    }

    @Test
    void anOrdinaryQuestionFromAPersonIsHam() {
        SpamScore score = filter.score(mail("From: Jan de Boer <jan@example.nl>", "To: support@shop.example",
            "Subject: Re: problem with my order", "",
            "Hi,", "", "I ordered the grinder last week but it still hasn't arrived. Could you check what happened",
            "with the delivery? I attached the confirmation I got.", "", "Thanks,", "Jan"));

        assertThat(score.isSpam()).isFalse();
        assertThat(score.score()).isLessThan(0.5);
        assertThat(score.topFeatures()).allSatisfy(feature -> assertThat(feature.weight()).isNegative());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Where is my order?|Hi, my order from last week has not arrived yet. Can you check it?",
        "Refund for order 10428|I returned the grinder two weeks ago and still have not received my refund. Please help.",
        "Cancel my subscription|Please cancel my coffee subscription, my credit card will expire next month.",
        "Bestelling niet ontvangen|Hallo, mijn bestelling van vorige week is nog niet binnen. Kunnen jullie dat nakijken?",
        "Factuur klopt niet|Op mijn factuur staat twee keer verzendkosten. Kunnen jullie dat terugstorten?",
        "Account locked|I can't log in to my account anymore, the password reset link does not work." })
    void customerQuestionsInEnglishAndDutchAreNotSpam(String subject, String text) {
        SpamScore score = filter.score(mail("From: Klant <klant@example.nl>", "To: support@shop.example", "Subject: " + subject,
            "", text));

        assertThat(score.isSpam()).as("%s scored %.2f: %s", subject, score.score(), score.topFeatures()).isFalse();
    }

    @Test
    void theScoreIsAProbabilityEvenForEmptyMail() {
        SpamScore score = filter.score(mail("Subject:", "", ""));

        assertThat(score.score()).isBetween(0.0, 1.0);
    }

    @Test
    void theShippedModelIsCalibratedAndSurvivesWritingAndReading() throws Exception {
        SpamModel shipped = filter.model();
        StringWriter text = new StringWriter();
        shipped.write(text);
        SpamModel reread = SpamModel.read(new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(shipped.vocabularySize()).isBetween(1_000, 50_000);
        assertThat(shipped.calibration().threshold()).isBetween(0.5, 1.0);
        assertThat(reread.logOdds(Set.of("click", "s:free", "m:html"))).isEqualTo(shipped.logOdds(Set.of("click", "s:free", "m:html")));
    }

    @Test
    void featuresNamedLikeTheModelsOwnFieldsSurviveWritingAndReading() throws Exception {
        SpamTrainer trainer = new SpamTrainer(100, 1, 1.0);
        trainer.add(Set.of("documents", "format", "alpha", "calibration"), true);
        trainer.add(Set.of("documents", "hello"), false);
        SpamModel model = trainer.build(new Calibration(1, 0, 0.5));
        StringWriter text = new StringWriter();
        model.write(text);

        SpamModel reread = SpamModel.read(new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(reread.vocabularySize()).isEqualTo(5);
        assertThat(reread.logOdds(Set.of("format", "hello"))).isEqualTo(model.logOdds(Set.of("format", "hello")));
    }

    @Test
    void aTrainerLearnsWhichWordsMarkSpam() {
        SpamTrainer trainer = new SpamTrainer(100, 1, 1.0);
        for (int i = 0; i < 20; i++) {
            trainer.add(Set.of("viagra", "cheap", "hello"), true);
            trainer.add(Set.of("invoice", "order", "hello"), false);
        }
        SpamModel model = trainer.build(new Calibration(1, 0, 0.5));
        SpamFilter trained = new SpamFilter(model);

        assertThat(model.weight("viagra")).isPositive();
        assertThat(model.weight("invoice")).isNegative();
        assertThat(model.weight("hello")).isZero();
        assertThat(trained.score(Set.of("cheap", "hello")).isSpam()).isTrue();
        assertThat(trained.score(Set.of("order")).isSpam()).isFalse();
    }

    private static ParsedMail mail(String... lines) {
        return new MailParser().parse((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
