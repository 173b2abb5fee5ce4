package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReasonClassifierTests {

    @Test
    void aFreshInstallationSuggestsReasonsFromTheShippedExamples() {
        ReasonClassifier reasons = ReasonClassifier.seeded(SeedExamples.DEMO_REASONS);

        assertThat(reasons.suggest("Mijn betaling is twee keer afgeschreven").orElseThrow().reason()).isEqualTo("payment");
        assertThat(reasons.suggest("I forgot my password and cannot log in").orElseThrow().reason()).isEqualTo("account");
        assertThat(reasons.suggest("De molen is kapot, hij maalt niet meer").orElseThrow().reason())
            .isEqualTo("product-defect");
        assertThat(reasons.suggest("When will I get my refund?").orElseThrow().reason()).isEqualTo("return-refund");
    }

    @Test
    void theSuggestionNamesTheWordsThatSpokeForIt() {
        ReasonSuggestion suggestion = ReasonClassifier.seeded(SeedExamples.DEMO_REASONS)
            .suggest("I want to return the grinder").orElseThrow();
        assertThat(suggestion.drivers()).extracting(Contribution::term).contains("return");
    }

    @Test
    void itLearnsAConfirmedReasonWithoutRetraining() {
        List<String> tenantReasons = List.of("order-status", "wholesale");
        ReasonClassifier reasons = ReasonClassifier.train(tenantReasons,
            List.of(new LabelledText("Where is my order?", "order-status")));
        String question = "Do you supply cafes and restaurants at wholesale prices?";

        reasons.learn(new LabelledText("We run a cafe and want to buy beans in bulk at wholesale prices", "wholesale"));
        reasons.learn(new LabelledText("Leveren jullie ook aan restaurants tegen groothandelsprijzen?", "wholesale"));

        assertThat(reasons.suggest(question).orElseThrow().reason()).isEqualTo("wholesale");
        assertThat(reasons.retrained().suggest(question).orElseThrow().reason()).isEqualTo("wholesale");
    }

    @Test
    void examplesOfReasonsOutsideTheTenantsListAreIgnored() {
        ReasonClassifier reasons = ReasonClassifier.train(List.of("payment"),
            List.of(new LabelledText("I was charged twice", "payment"), new LabelledText("Where is it?", "retired-reason")));
        assertThat(reasons.exampleCount()).isEqualTo(1);
        reasons.learn(new LabelledText("Something", "unknown"));
        assertThat(reasons.exampleCount()).isEqualTo(1);
    }

    @Test
    void withNothingLearnedOrNothingToReadThereIsNoSuggestion() {
        assertThat(ReasonClassifier.train(List.of("payment"), List.of()).suggest("I was charged twice")).isEmpty();
        assertThat(ReasonClassifier.seeded(SeedExamples.DEMO_REASONS).suggest("?!")).isEmpty();
    }
}
