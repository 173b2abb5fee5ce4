package org.loyaldesk.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the customer portal lets customers in ({@code loyaldesk.portal.*}).
 *
 * @param linkValidity         how long a sign-in link works after it was sent
 * @param linksPerAddressPerHour sign-in links one address may be sent in an hour when asked from one IP address;
 *                             from all IP addresses together, four times as many
 * @param linksPerIpPerHour    sign-in links one IP address may ask for in an hour, whatever the addresses
 * @param conversationLinkValidity how long the link under an email opens its conversation without signing in
 * @param messagesPerHour      answers and new questions one customer may send from the portal in an hour
 * @param linksInLogWithoutMail when no mail server is configured, log sign-in links instead (for trying Loyaldesk
 *                             with the start command only: a link in the log lets whoever reads it sign in)
 */
@ConfigurationProperties("loyaldesk.portal")
record PortalSettings(@DefaultValue("15m") Duration linkValidity, @DefaultValue("5") int linksPerAddressPerHour,
                      @DefaultValue("20") int linksPerIpPerHour, @DefaultValue("14d") Duration conversationLinkValidity,
                      @DefaultValue("30") int messagesPerHour, @DefaultValue("false") boolean linksInLogWithoutMail) {

    PortalSettings {
        if (linkValidity.isNegative() || linkValidity.isZero() || linksPerAddressPerHour < 1 || linksPerIpPerHour < 1
            || messagesPerHour < 1) {
            throw new IllegalArgumentException("loyaldesk.portal: link validity and rate limits must be positive");
        }
    }
}
