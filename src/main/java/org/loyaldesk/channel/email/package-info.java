/**
 * The email channel's pure core: raw RFC 822 bytes become a {@code ParsedMail}, which is then
 * triaged (bounce, auto-reply, loop, spam) before anything is filed or answered.
 */
package org.loyaldesk.channel.email;
