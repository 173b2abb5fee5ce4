package org.loyaldesk.channel.outbound;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retryDelays the wait before each next attempt; when they are used up, the delivery has failed
 * @param timeout     how long a receiving webhook may take to answer
 */
@ConfigurationProperties("loyaldesk.delivery")
record DeliveryProperties(@DefaultValue({ "30s", "2m", "10m", "30m", "1h", "3h" }) List<Duration> retryDelays,
                          @DefaultValue("10s") Duration timeout) {
}
