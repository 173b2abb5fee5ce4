package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** When the models are trained again: "churn marks/conversation signals/survey answers". */
class TrainingDueTests {

    private static final Instant TRAINED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant SOON = TRAINED.plusSeconds(30);

    @Test
    void unchangedDataIsNotTrainedAgainHoweverOldTheModel() {
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "3/1000/40", TRAINED.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void aNewChurnMarkOrSurveyAnswerTrainsAtOnce() {
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "4/1000/40", SOON)).isTrue();
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "3/1000/41", SOON)).isTrue();
    }

    @Test
    void aFewNewConversationsWaitForTheModelToAge() {
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "3/1010/40", SOON)).isFalse();
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "3/1010/40", TRAINED.plus(TrainingDue.MAX_AGE))).isTrue();
    }

    @Test
    void manyNewConversationsTrainAtOnce() {
        assertThat(TrainingDue.due("3/1000/40", TRAINED, "3/1050/40", SOON)).isTrue();
        assertThat(TrainingDue.due("0/0/0", TRAINED, "0/1/0", SOON)).isTrue();
    }

    @Test
    void aModelNeverTrainedOnThisDataIsTrained() {
        assertThat(TrainingDue.due(null, null, "0/0/0", SOON)).isTrue();
        assertThat(TrainingDue.due("prior", TRAINED, "0/5/0", SOON)).isTrue();
    }
}
