package org.loyaldesk.insight;

import org.loyaldesk.conversation.ConversationSplit;
import org.loyaldesk.conversation.ConversationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Merged and split conversations, in the same transaction as the merge or split: the messages'
 * readings and the recovery actions go where their messages went, the merged conversation's own
 * reading is dropped (it has no messages left), and both sides are read again.
 */
@Component
class SignalsFollowMergedConversations {

    private final JdbcClient jdbc;
    private final PendingReadings pending;

    SignalsFollowMergedConversations(JdbcClient jdbc, PendingReadings pending) {
        this.jdbc = jdbc;
        this.pending = pending;
    }

    @EventListener
    void on(ConversationsMerged merged) {
        long from = merged.mergedId();
        long into = merged.intoId();
        jdbc.sql("UPDATE insight_message_signal SET conversation_id = ? WHERE conversation_id = ?").params(into, from).update();
        jdbc.sql("UPDATE insight_recovery_action SET conversation_id = ? WHERE conversation_id = ?").params(into, from)
            .update();
        // tags set by a person are carried; automatic ones are computed again from the merged timeline
        jdbc.sql("""
                INSERT INTO insight_conversation_tag (conversation_id, bucket, tag, source)
                SELECT :into, bucket, tag, source FROM insight_conversation_tag m
                WHERE m.conversation_id = :from AND m.source <> 'auto' AND NOT EXISTS (SELECT 1 FROM insight_conversation_tag t
                    WHERE t.conversation_id = :into AND t.bucket = m.bucket AND t.tag = m.tag)""")
            .param("into", into).param("from", from).update();
        jdbc.sql("DELETE FROM insight_conversation_tag WHERE conversation_id = ?").param(from).update();
        jdbc.sql("DELETE FROM insight_conversation_signal WHERE conversation_id = ?").param(from).update();
        jdbc.sql("DELETE FROM insight_pending WHERE conversation_id = ?").param(from).update();
        pending.mark(into, merged.customerId(), true);
    }

    @EventListener
    void on(ConversationSplit split) {
        jdbc.sql("UPDATE insight_message_signal SET conversation_id = :to WHERE message_id IN (:ids)")
            .param("to", split.newId()).param("ids", split.messageIds()).update();
        pending.mark(split.fromId(), split.customerId(), true);
        pending.mark(split.newId(), split.customerId(), true);
    }
}
