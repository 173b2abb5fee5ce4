package org.loyaldesk.conversation;

import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Conversations extends ListCrudRepository<Conversation, Long> {

    /**
     * The conversation a new message on this channel continues: the customer's most recent active
     * one, locked until commit so that concurrent messages line up instead of colliding.
     */
    @Query("""
        SELECT * FROM conversation_conversation
        WHERE customer_id = :customerId AND channel = :channel AND active = TRUE
        ORDER BY updated_at DESC FETCH FIRST 1 ROWS ONLY FOR UPDATE""")
    Optional<Conversation> findOngoingForUpdate(long customerId, Channel channel);

    /** For appending to the timeline: concurrent replies wait for each other and are all kept. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Conversation> findForUpdateById(long id);

    @Modifying
    @Query("UPDATE conversation_conversation SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveAll(long duplicate, long survivor);
}
