/**
 * Extension points: what channels add to a conversation's timeline (flags, attachments, the original
 * message), and panels other modules add to the conversation page.
 */
@NamedInterface("spi")
package org.loyaldesk.conversation.spi;

import org.springframework.modulith.NamedInterface;
