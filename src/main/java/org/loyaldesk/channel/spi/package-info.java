/**
 * Extension points of the channels: what other modules add to the mail Loyaldesk sends, and drivers
 * that deliver replies on a channel another module runs (web chat).
 */
@NamedInterface("spi")
package org.loyaldesk.channel.spi;

import org.springframework.modulith.NamedInterface;
