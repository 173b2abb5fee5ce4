package org.loyaldesk.search;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.apache.lucene.document.Document;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.text.LanguageDetection;
import org.springframework.stereotype.Component;

/**
 * Reads a conversation as it is in the database now and puts it in the index whole. Reading
 * the current state (rather than applying each event's change) makes indexing idempotent and
 * order-free: a retried or late event only repeats the same work.
 */
@Component
class ConversationIndexer {

    /** Two events of one conversation indexed at once could otherwise let the older read win. */
    private static final int STRIPES = 64;
    /**
     * Reads of the database for the index at one time. Listeners run on virtual threads: a burst of
     * events (an import, the demo shop) would otherwise take every pooled connection and then fail
     * waiting for one; waiting here costs nothing and never times out.
     */
    private static final int CONCURRENT_READS = 2;

    private final ConversationQueries conversations;
    private final CustomerDirectory customers;
    private final MessageDocuments documents;
    private final SearchIndex index;
    private final Object[] locks = new Object[STRIPES];
    private final Semaphore reads = new Semaphore(CONCURRENT_READS);

    ConversationIndexer(ConversationQueries conversations, CustomerDirectory customers, LanguageDetection languages,
                        SearchIndex index) {
        this.conversations = conversations;
        this.customers = customers;
        this.documents = new MessageDocuments(languages);
        this.index = index;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** Searchable as soon as this returns. */
    void reindex(long conversationId) {
        reindexQuietly(conversationId);
        index.refresh();
    }

    /** For many at once: the caller refreshes the searcher when it has done a batch. */
    void reindexQuietly(long conversationId) {
        synchronized (locks[(int) Math.floorMod(conversationId, STRIPES)]) {
            index.replace(conversationId, read(conversationId));
        }
    }

    private List<Document> read(long conversationId) {
        Optional<ConversationDetail> detail;
        CustomerProfile customer;
        reads.acquireUninterruptibly();
        try {
            detail = conversations.detail(conversationId);
            customer = detail.flatMap(found -> customers.profile(found.summary().customerId())).orElse(null);
        } finally {
            reads.release();
        }
        return detail.map(found -> documents.of(found, customer)).orElse(List.of());
    }
}
