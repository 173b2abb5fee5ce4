/** Turns raw RFC 822 bytes, however broken, into a {@link org.loyaldesk.channel.email.parse.ParsedMail} without ever throwing. */
package org.loyaldesk.channel.email.parse;
