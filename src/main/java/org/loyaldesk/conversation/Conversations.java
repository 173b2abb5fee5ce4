package org.loyaldesk.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Conversations extends ListCrudRepository<Conversation, Long> {

    /**
     * The conversations a new message of this customer may continue, on any channel: the active ones
     * and those solved since {@code solvedSince}, most recent first. Locked until commit, so that
     * concurrent messages of one customer line up instead of each starting a conversation.
     */
    @Query("""
        SELECT * FROM conversation_conversation
        WHERE customer_id = :customerId AND merged_into_id IS NULL
        AND (active = TRUE OR (status = 'SOLVED' AND spam = FALSE AND solved_at >= :solvedSince))
        ORDER BY updated_at DESC, id DESC FETCH FIRST 20 ROWS ONLY FOR UPDATE""")
    List<Conversation> findContinuableForUpdate(long customerId, Instant solvedSince);

    /** For appending to the timeline: concurrent replies wait for each other and are all kept. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Conversation> findForUpdateById(long id);

    @Modifying
    @Query("UPDATE conversation_conversation SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveAll(long duplicate, long survivor);
}
