package org.loyaldesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A week's first-contact resolution is only a figure once the undecided conversations can no longer move it much. */
class FcrRateTests {

    @Test
    void aWeekWithOneEarlyNoAndMostConversationsStillOpenIsPendingNotZero() {
        FcrRate week = FcrRate.of(week(0, 1, 5));

        assertThat(week.pending()).isTrue();
        assertThat(week.rate()).isNull();
    }

    @Test
    void aWeekWithATenthOrLessUndecidedShowsItsRate() {
        FcrRate week = FcrRate.of(week(6, 3, 1));

        assertThat(week.pending()).isFalse();
        assertThat(week.rate()).isEqualTo(0.667);
    }

    @Test
    void aWeekWithoutConversationsIsEmptyNotPending() {
        assertThat(FcrRate.of(List.of())).isEqualTo(new FcrRate(null, false));
    }

    private static List<ConversationSignal> week(int yes, int no, int pending) {
        List<ConversationSignal> signals = new ArrayList<>();
        signals.addAll(Collections.nCopies(yes, signal(FcrState.YES)));
        signals.addAll(Collections.nCopies(no, signal(FcrState.NO)));
        signals.addAll(Collections.nCopies(pending, signal(FcrState.PENDING)));
        return signals;
    }

    private static ConversationSignal signal(FcrState fcr) {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        return new ConversationSignal(1, 1, null, null, "email", null, null, "open", now, null, false, 1, 0, null, null,
            null, false, null, 0, Mood.CALM, 6, EffortInputs.none(), fcr, null, null, null, null, null, null);
    }
}
