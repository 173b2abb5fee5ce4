/**
 * Extension points of the channels: what other modules add to the mail Loyaldesk sends.
 */
@NamedInterface("spi")
package org.loyaldesk.channel.spi;

import org.springframework.modulith.NamedInterface;
