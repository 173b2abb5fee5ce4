package org.loyaldesk.conversation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContinuationSettings.class)
class ConversationConfiguration {
}
