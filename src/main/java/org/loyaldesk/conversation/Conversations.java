package org.loyaldesk.conversation;

import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Conversations extends ListCrudRepository<Conversation, Long> {

    /** The conversation a new message on this channel continues: the customer's most recent active one. */
    @Query("""
        SELECT * FROM conversation_conversation
        WHERE customer_id = :customerId AND channel = :channel AND active = TRUE
        ORDER BY updated_at DESC FETCH FIRST 1 ROWS ONLY""")
    Optional<Conversation> findOngoing(long customerId, Channel channel);

    @Modifying
    @Query("UPDATE conversation_conversation SET customer_id = :survivor WHERE customer_id = :duplicate")
    int moveAll(long duplicate, long survivor);
}
