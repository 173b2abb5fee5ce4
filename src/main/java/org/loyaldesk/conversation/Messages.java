package org.loyaldesk.conversation;

import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Messages extends ListCrudRepository<Message, Long> {

    /** Written out: a derived query renders its SQL again on every call, and this one runs on every inbound message. */
    @Query("SELECT * FROM conversation_message WHERE channel = :channel AND external_id = :externalId")
    Optional<Message> findByChannelAndExternalId(Channel channel, String externalId);
}
