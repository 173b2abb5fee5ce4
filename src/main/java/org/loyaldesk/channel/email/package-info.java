/**
 * The email channel: mail in (IMAP, the MTA pipe) stored raw and filed, replies and automatic mail
 * out by SMTP. Exposed as a named interface so the demo can deliver its sample mail the real way.
 */
@NamedInterface("email")
package org.loyaldesk.channel.email;

import org.springframework.modulith.NamedInterface;
