package org.loyaldesk.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the web chat ({@code loyaldesk.chat.*}): what one visitor or one IP address may send, so that a
 * script on a hostile page cannot fill the inbox.
 *
 * @param maxMessageLength       characters in one visitor message
 * @param maxFileSize            one file a visitor sends
 * @param messagesPerMinute      messages and files one visitor may send per minute
 * @param messagesPerIpPerMinute the same for everyone behind one IP address (an office shares one)
 * @param visitorsPerIpPerHour   new visitors one IP address may start per hour
 * @param liveOutsideBusinessHours hand chats to people whenever one is at work, not only within business hours
 */
@ConfigurationProperties("loyaldesk.chat")
public record ChatProperties(@DefaultValue("2000") int maxMessageLength, @DefaultValue("10MB") DataSize maxFileSize,
                             @DefaultValue("20") int messagesPerMinute, @DefaultValue("120") int messagesPerIpPerMinute,
                             @DefaultValue("30") int visitorsPerIpPerHour,
                             @DefaultValue("false") boolean liveOutsideBusinessHours) {
}
