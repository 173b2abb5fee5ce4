/** Extension point: what channels add to a conversation's timeline (flags, attachments, the original message). */
@NamedInterface("spi")
package org.loyaldesk.conversation.spi;

import org.springframework.modulith.NamedInterface;
