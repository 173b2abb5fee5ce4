package org.loyaldesk.conversation;

import org.loyaldesk.platform.RuleViolationException;

/**
 * Handing a conversation to someone else needs a context note: what the customer asked, what
 * was tried. It is what spares the customer from telling their story again. Picking up an
 * unassigned conversation needs none.
 */
final class TransferPolicy {

    private TransferPolicy() {
    }

    static void check(Conversation conversation, Long toAgentId, Long actingAgentId, String note) {
        boolean handsOver = conversation.assigneeId() != null || conversation.teamId() != null;
        boolean takesItSelf = toAgentId != null && toAgentId.equals(actingAgentId);
        if (handsOver && !takesItSelf && (note == null || note.isBlank())) {
            throw new RuleViolationException("transfer-needs-note",
                "A transfer needs a context note, so that the customer never has to repeat their story");
        }
    }
}
