package org.loyaldesk.conversation;

import java.util.List;
import java.util.Optional;

import org.loyaldesk.platform.Channel;
import org.springframework.data.repository.ListCrudRepository;

interface Messages extends ListCrudRepository<Message, Long> {

    Optional<Message> findByChannelAndExternalId(Channel channel, String externalId);

    List<Message> findByConversationIdOrderByCreatedAtAscIdAsc(long conversationId);
}
