package org.loyaldesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.RuleViolationException;

class ConversationRulesTests {

    static final Instant MONDAY_NINE = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theCustomerWaitsFromTheirFirstUnansweredMessage() {
        Conversation conversation = started();
        conversation.customerWrote(1, Channel.EMAIL, false, MONDAY_NINE);
        conversation.customerWrote(2, Channel.EMAIL, false, MONDAY_NINE.plus(Duration.ofHours(2)));

        assertThat(conversation.waiting(MONDAY_NINE.plus(Duration.ofHours(3)))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aReplyEndsTheWaitAndMakesTheConversationWaitForTheCustomer() {
        Conversation conversation = started();
        conversation.customerWrote(1, Channel.EMAIL, false, MONDAY_NINE);

        conversation.agentReplied(2, Channel.EMAIL, 7L, null, MONDAY_NINE.plus(Duration.ofMinutes(20)));

        assertThat(conversation.status()).isEqualTo(ConversationStatus.PENDING);
        assertThat(conversation.waiting(MONDAY_NINE.plus(Duration.ofHours(5)))).isZero();
        assertThat(conversation.firstResponseAt()).isEqualTo(MONDAY_NINE.plus(Duration.ofMinutes(20)));
    }

    @Test
    void anUnassignedConversationBecomesTheReplyingAgents() {
        Conversation conversation = started();
        conversation.customerWrote(1, Channel.EMAIL, false, MONDAY_NINE);

        conversation.agentReplied(2, Channel.EMAIL, 7L, ConversationStatus.OPEN, MONDAY_NINE);

        assertThat(conversation.assigneeId()).isEqualTo(7L);
        assertThat(conversation.status()).isEqualTo(ConversationStatus.OPEN);
    }

    @Test
    void theCustomerWritingBackReopensASolvedConversation() {
        Conversation conversation = started();
        conversation.customerWrote(1, Channel.EMAIL, false, MONDAY_NINE);
        conversation.changeStatus(ConversationStatus.SOLVED, MONDAY_NINE.plusSeconds(60));

        conversation.customerWrote(2, Channel.EMAIL, false, MONDAY_NINE.plusSeconds(120));

        assertThat(conversation.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(conversation.reopenCount()).isEqualTo(1);
        assertThat(conversation.solvedAt()).isNull();
    }

    @Test
    void theCustomerWritingWhileWeWaitOnThemPutsItBackInOurQueue() {
        Conversation conversation = started();
        conversation.customerWrote(1, Channel.EMAIL, false, MONDAY_NINE);
        conversation.agentReplied(2, Channel.EMAIL, 7L, ConversationStatus.PENDING, MONDAY_NINE.plusSeconds(60));

        conversation.customerWrote(3, Channel.EMAIL, false, MONDAY_NINE.plusSeconds(600));

        assertThat(conversation.status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(conversation.awaitingReplySince()).isEqualTo(MONDAY_NINE.plusSeconds(600));
    }

    @Test
    void nobodySetsAConversationBackToNewOrReopensAClosedOne() {
        Conversation conversation = started();
        conversation.changeStatus(ConversationStatus.CLOSED, MONDAY_NINE);

        assertThatThrownBy(() -> conversation.changeStatus(ConversationStatus.OPEN, MONDAY_NINE))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed to open");
        assertThatThrownBy(() -> started().changeStatus(ConversationStatus.NEW, MONDAY_NINE))
            .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> conversation.agentReplied(9, Channel.EMAIL, 7L, null, MONDAY_NINE))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed");
    }

    @Test
    void anAgentReopeningASolvedConversationCountsAsAReopen() {
        Conversation conversation = started();
        conversation.changeStatus(ConversationStatus.SOLVED, MONDAY_NINE);

        conversation.changeStatus(ConversationStatus.OPEN, MONDAY_NINE.plusSeconds(5));

        assertThat(conversation.reopenCount()).isEqualTo(1);
    }

    @Test
    void handingOverNeedsAContextNoteButPickingUpDoesNot() {
        Conversation unassigned = started();
        Conversation owned = started();
        owned.transfer(7L, null, MONDAY_NINE);

        TransferPolicy.check(unassigned, 8L, 7L, null);
        TransferPolicy.check(owned, 8L, 8L, "");
        assertThatThrownBy(() -> TransferPolicy.check(owned, 8L, 7L, "  "))
            .isInstanceOf(RuleViolationException.class).hasMessageContaining("context note");
        TransferPolicy.check(owned, 8L, 7L, "Klant wil omruilen, bon is binnen.");
    }

    @Test
    void subjectsFitOnOneLine() {
        assertThat(Subjects.clean("  Bestelling\n\tkwijt  ")).isEqualTo("Bestelling kwijt");
        assertThat(Subjects.clean(null)).isEqualTo("(no subject)");
        assertThat(Subjects.clean("x".repeat(500))).hasSize(Subjects.MAX_LENGTH);
        assertThat(Subjects.fromText("Hoi!\nIk heb een vraag")).isEqualTo("Hoi!");
    }

    /** A new conversation as it is after its first save: with an id, so its events can name it. */
    private static Conversation started() {
        Instant at = MONDAY_NINE.minusSeconds(1);
        return new Conversation(11L, 1L, "Bestelling kwijt", Channel.EMAIL, ConversationStatus.NEW, true,
            Priority.NORMAL.rank(), null, null, null, null, at, at, at, null, null, null, 0, 0, false, false, null, null, null, 0L);
    }
}
