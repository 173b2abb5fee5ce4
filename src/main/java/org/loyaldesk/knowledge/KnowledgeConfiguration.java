package org.loyaldesk.knowledge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpCentreSettings.class)
class KnowledgeConfiguration {
}
