package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an agent notices in the scores of a customer's message. */
class TextAnalyzerTests {

    static final TextAnalyzer ANALYZER = TextAnalyzer.load(ReasonClassifier.seeded(SeedExamples.DEMO_REASONS));

    static TextAnalysis analyze(String text) {
        return ANALYZER.analyze(text, null);
    }

    @Test
    void praiseIsPositiveAndComplaintIsNegativeInBothLanguages() {
        assertThat(analyze("Thank you so much, the coffee arrived quickly and tastes great!").sentiment()).isGreaterThan(0.3);
        assertThat(analyze("The machine arrived broken and nobody answers my emails.").sentiment()).isLessThan(-0.3);
        assertThat(analyze("Heel erg bedankt, de koffie was snel bezorgd en smaakt heerlijk!").sentiment()).isGreaterThan(0.3);
        assertThat(analyze("Het apparaat was kapot en niemand beantwoordt mijn mails.").sentiment()).isLessThan(-0.3);
    }

    @Test
    void negationFlipsSentiment() {
        assertThat(analyze("Ik ben tevreden over jullie service").sentiment()).isPositive();
        assertThat(analyze("Ik ben niet tevreden over jullie service").sentiment()).isNegative();
        assertThat(analyze("Dat was geen goede ervaring").sentiment()).isNegative();
        assertThat(analyze("I am happy with the service").sentiment()).isPositive();
        assertThat(analyze("I am not happy with the service").sentiment()).isNegative();
        assertThat(analyze("not bad").sentiment()).isGreaterThanOrEqualTo(0);
        assertThat(analyze("Not bad, thanks").sentiment()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void intensifiersStrengthenTheFeeling() {
        assertThat(analyze("Ik ben echt heel tevreden").sentiment()).isGreaterThan(analyze("Ik ben tevreden").sentiment());
        assertThat(analyze("Ik ben echt heel boos").anger()).isGreaterThan(analyze("Ik ben boos").anger());
        assertThat(analyze("I am very disappointed").sentiment()).isLessThan(analyze("I am disappointed").sentiment());
    }

    @Test
    void angryCapitalsAndExclamationMarksRaiseAnger() {
        TextAnalysis calm = analyze("Where is my order? It has not arrived yet.");
        TextAnalysis shouting = analyze("WHERE IS MY ORDER?! It has STILL not arrived!!! This is RIDICULOUS!!!");
        assertThat(shouting.anger()).isGreaterThan(calm.anger());
        assertThat(shouting.angry()).isTrue();
        assertThat(calm.angry()).isFalse();

        TextAnalysis kalm = analyze("Waar blijft mijn bestelling? Ik heb nog niets ontvangen.");
        TextAnalysis woedend = analyze("WAAR BLIJFT MIJN BESTELLING?! Dit is echt BELACHELIJK!!! Ik ben het zat!!!");
        assertThat(woedend.anger()).isGreaterThan(kalm.anger());
        assertThat(woedend.angry()).isTrue();
        assertThat(kalm.angry()).isFalse();
    }

    @Test
    void notBeingAngryIsNotAnger() {
        assertThat(analyze("Ik ben niet boos, alleen benieuwd wanneer het pakket komt.").angry()).isFalse();
    }

    @Test
    void scoresOnlyWhatTheCustomerWroteNow() {
        String reply = """
            Thank you so much, that solved it! Great help.

            Kind regards,
            Anna

            On Mon, 3 Mar 2025 at 10:12, Loyaldesk Support <support@example.com> wrote:
            > THIS IS RIDICULOUS!!! I am FURIOUS, the worst service ever, I hate you all!!!
            """;
        TextAnalysis analysis = analyze(reply);
        assertThat(analysis.sentiment()).isPositive();
        assertThat(analysis.angry()).isFalse();
        assertThat(analysis.explanation().quotedHistoryLeftOut()).isTrue();
        assertThat(analysis.explanation().signatureLeftOut()).isTrue();
    }

    @Test
    void theExplanationNamesTheWordsThatDroveTheScore() {
        TextAnalysis analysis = analyze("Ik ben niet tevreden over de bezorging");
        assertThat(analysis.explanation().sentiment()).isNotEmpty();
        assertThat(analysis.explanation().sentiment().getFirst().term()).isIn("niet tevreden", "not tevreden");
        assertThat(analysis.explanation().sentiment().getFirst().weight()).isNegative();

        TextAnalysis angry = analyze("This is unacceptable, I am furious!");
        assertThat(angry.explanation().anger()).extracting(Contribution::term).contains("furious");
    }

    @Test
    void onlyEmojiGetsADefinedResult() {
        TextAnalysis angry = analyze("😡😡😡");
        TextAnalysis happy = analyze("👍🙂");
        assertThat(angry.language()).isEqualTo(TextLanguage.OTHER);
        assertThat(angry.sentiment()).isNegative();
        assertThat(happy.sentiment()).isPositive();
        assertThat(ANALYZER.analyze("👍", "nl").language()).isEqualTo(TextLanguage.NL);
    }

    @Test
    void nothingToReadIsNeutral() {
        for (String nothing : new String[] { null, "", "   \n\t", "...!?" }) {
            TextAnalysis analysis = analyze(nothing);
            assertThat(analysis.sentiment()).isZero();
            assertThat(analysis.anger()).isZero();
            assertThat(analysis.contactReason()).isNull();
        }
    }

    @Test
    void aMegabyteOfTextIsAnalysedWithoutError() {
        String megabyte = "Ik ben heel blij met de snelle levering! ".repeat(26_000);
        assertThat(megabyte.length()).isGreaterThan(1_000_000);

        TextAnalysis analysis = analyze(megabyte);

        assertThat(analysis.language()).isEqualTo(TextLanguage.NL);
        assertThat(analysis.sentiment()).isPositive();
        assertThat(analysis.explanation().truncated()).isTrue();
        assertThat(analysis.explanation().scoredCharacters()).isLessThanOrEqualTo(TextAnalyzer.SCORED_LIMIT);
    }

    @Test
    void htmlIsReadAsItsText() {
        TextAnalysis analysis = analyze("<html><body><p>Ik ben <b>heel blij</b> met jullie service&nbsp;!</p>"
            + "<blockquote>Dit is BELACHELIJK, ik ben woedend</blockquote></body></html>");
        assertThat(analysis.language()).isEqualTo(TextLanguage.NL);
        assertThat(analysis.sentiment()).isPositive();
        assertThat(analysis.angry()).isFalse();
        assertThat(analysis.explanation().sentiment()).extracting(Contribution::term).doesNotContain("p", "b", "nbsp");
    }

    @Test
    void anotherLanguageIsOtherAndStillScored() {
        TextAnalysis german = analyze("Ich bin sehr enttäuscht, die Lieferung ist nach zwei Wochen immer noch nicht da.");
        assertThat(german.language()).isEqualTo(TextLanguage.OTHER);
        assertThat(analyze("Das ist super! 👍").sentiment()).isPositive();
    }

    @Test
    void mixedLanguagesGetTheLanguageOfMostOfTheText() {
        TextAnalysis mixed = analyze("Hallo, ik heb vorige week een bestelling geplaatst maar die is nog steeds niet "
            + "aangekomen. Kunnen jullie even kijken? Thanks!");
        assertThat(mixed.language()).isEqualTo(TextLanguage.NL);
    }

    @Test
    void aContactReasonIsSuggestedWithAlternatives() {
        TextAnalysis analysis = analyze("Ik wil de koffiemolen terugsturen en mijn geld terug.");
        assertThat(analysis.contactReason().reason()).isEqualTo("return-refund");
        assertThat(analysis.contactReason().alternatives()).hasSize(3);
        assertThat(analysis.contactReason().alternatives().getFirst().confidence())
            .isLessThanOrEqualTo(analysis.contactReason().confidence());
    }

    @Test
    void withoutAClassifierThereIsNoContactReason() {
        TextAnalyzer withoutReasons = TextAnalyzer.load(null);
        assertThat(withoutReasons.analyze("Where is my order?", "en").contactReason()).isNull();
    }
}
