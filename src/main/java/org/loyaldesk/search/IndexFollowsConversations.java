package org.loyaldesk.search;

import org.loyaldesk.conversation.ConversationChanged;
import org.loyaldesk.conversation.ConversationErased;
import org.loyaldesk.conversation.ConversationImported;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSplit;
import org.loyaldesk.conversation.ConversationStatusChanged;
import org.loyaldesk.conversation.ConversationTransferred;
import org.loyaldesk.conversation.ConversationsMerged;
import org.loyaldesk.conversation.MessageReceived;
import org.loyaldesk.conversation.NoteAdded;
import org.loyaldesk.conversation.ReplyPosted;
import org.loyaldesk.customer.CustomersMerged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database. The listeners run after the commit and are
 * recorded in the event publication registry, so a change the index missed in a crash is
 * delivered again at the next start. Unlike module listeners they open no transaction of their
 * own: the indexer takes a database connection only once it may read (two reads at a time), so a
 * burst of thousands of events waits without holding the connections requests need.
 */
@Component
class IndexFollowsConversations {

    /** A merged customer's conversations: more than one person has, and each is read whole. */
    private static final int MERGED_CONVERSATIONS = 1_000;

    private final ConversationIndexer indexer;
    private final ConversationQueries conversations;

    IndexFollowsConversations(ConversationIndexer indexer, ConversationQueries conversations) {
        this.indexer = indexer;
        this.conversations = conversations;
    }

    @Async
    @TransactionalEventListener
    void on(MessageReceived event) {
        indexer.reindex(event.conversationId());
    }

    @Async
    @TransactionalEventListener
    void on(ReplyPosted event) {
        indexer.reindex(event.conversationId());
    }

    @Async
    @TransactionalEventListener
    void on(NoteAdded event) {
        indexer.reindex(event.conversationId());
    }

    /** Tags, subject, spam and the like; not a reply's delivery, which changes nothing that is searched. */
    @Async
    @TransactionalEventListener
    void on(ConversationChanged event) {
        if (!"delivery".equals(event.what())) {
            indexer.reindex(event.conversationId());
        }
    }

    @Async
    @TransactionalEventListener
    void on(ConversationStatusChanged event) {
        indexer.reindex(event.conversationId());
    }

    @Async
    @TransactionalEventListener
    void on(ConversationTransferred event) {
        indexer.reindex(event.conversationId());
    }

    @Async
    @TransactionalEventListener
    void on(ConversationImported event) {
        indexer.reindex(event.conversationId());
    }

    /** Read again as it is now: its erased texts leave the index, and so do its customer's name and addresses. */
    @Async
    @TransactionalEventListener
    void on(ConversationErased event) {
        indexer.reindex(event.conversationId());
    }

    /** The merged conversation's messages are found in the one it went into, and no longer in it. */
    @Async
    @TransactionalEventListener
    void on(ConversationsMerged event) {
        indexer.reindex(event.mergedId());
        indexer.reindex(event.intoId());
    }

    /** The split-off messages are found in the new conversation. */
    @Async
    @TransactionalEventListener
    void on(ConversationSplit event) {
        indexer.reindex(event.fromId());
        indexer.reindex(event.newId());
    }

    /** The survivor's name and addresses now belong to the conversations of both. */
    @Async
    @TransactionalEventListener
    void on(CustomersMerged event) {
        conversations.ofCustomer(event.survivorId(), MERGED_CONVERSATIONS)
            .forEach(conversation -> indexer.reindex(conversation.id()));
    }
}
