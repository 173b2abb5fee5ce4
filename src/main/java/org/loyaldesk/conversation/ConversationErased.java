package org.loyaldesk.conversation;

/** A conversation's texts were erased (GDPR erasure or retention): whatever copied them must forget them too. */
public record ConversationErased(long conversationId) {
}
