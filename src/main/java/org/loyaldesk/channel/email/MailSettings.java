package org.loyaldesk.channel.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Loyaldesk handles mail ({@code loyaldesk.mail.*}). The SMTP server for outbound mail is
 * Spring's {@code spring.mail.host}, {@code .port}, {@code .username}, {@code .password}.
 *
 * @param address          the support address replies come from when a conversation did not arrive on a
 *                         configured mailbox
 * @param displayName      the name beside it, e.g. "Koffie &amp; Keuken Klantenservice"
 * @param maxMessageBytes  the largest raw message accepted; larger ones are refused, never cut
 * @param maxPartBytes     attachments larger than this are not offered for download but stay in the raw message
 * @param automaticPerDay  automatic mails (surveys, acknowledgements) to one address per 24 hours
 * @param pollInterval     how often a mailbox is checked when the server has no IDLE, and the longest IDLE wait
 */
@ConfigurationProperties("loyaldesk.mail")
public record MailSettings(@DefaultValue("support@loyaldesk.local") String address,
                           @DefaultValue("Klantenservice") String displayName,
                           @DefaultValue("52428800") long maxMessageBytes,
                           @DefaultValue("26214400") long maxPartBytes,
                           @DefaultValue("3") int automaticPerDay,
                           @DefaultValue("30s") Duration pollInterval) {

    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
