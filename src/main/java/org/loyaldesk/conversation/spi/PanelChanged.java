package org.loyaldesk.conversation.spi;

/**
 * What a module's panel shows for this conversation has changed (its messages were read, say): open conversation
 * pages fetch their panels again. Published by the module that owns the panel, after it stored the change.
 */
public record PanelChanged(long conversationId) {
}
