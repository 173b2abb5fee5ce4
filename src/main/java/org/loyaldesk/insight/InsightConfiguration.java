package org.loyaldesk.insight;

import org.loyaldesk.platform.BusinessHours;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsightSettings.class)
class InsightConfiguration {

    @Bean
    BusinessHours businessHours(InsightSettings settings, LoyaldeskProperties properties) {
        return BusinessHours.weekdays(properties.timeZone(), settings.opens(), settings.closes());
    }
}
