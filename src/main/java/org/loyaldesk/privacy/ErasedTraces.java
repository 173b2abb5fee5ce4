package org.loyaldesk.privacy;

import java.util.Collection;

/**
 * What a module above this one keeps about customers and must forget when they are erased (the
 * portal's sign-in links, for one): it implements this, and erasure calls it in its transaction.
 */
public interface ErasedTraces {

    /** Forgets the traces of these customers and addresses; returns how many links (or similar) went. */
    int forget(Collection<Long> customerIds, Collection<String> addresses);

    /** Forgets what points at these conversations, whose texts are being erased. */
    void forgetConversations(Collection<Long> conversationIds);
}
