package org.loyaldesk.channel.email;

import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParseLimits;
import org.loyaldesk.channel.email.spam.SpamFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    MailParser mailParser(MailSettings settings) {
        return new MailParser(ParseLimits.DEFAULTS.withMaxPartBytes(settings.maxPartBytes()));
    }

    @Bean
    SpamFilter spamFilter() {
        return SpamFilter.standard();
    }
}
