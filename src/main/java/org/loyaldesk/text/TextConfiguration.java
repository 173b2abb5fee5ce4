package org.loyaldesk.text;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Text analysis as beans: the models are loaded once at start-up and shared by every thread. */
@Configuration(proxyBeanMethods = false)
class TextConfiguration {

    /** Until a tenant's agents have confirmed reasons of their own, the shipped examples for the demo reasons. */
    @Bean
    ContactReasons contactReasons() {
        return ContactReasons.seeded(SeedExamples.DEMO_REASONS);
    }

    @Bean
    TextAnalyzer textAnalyzer(ContactReasons contactReasons) {
        return TextAnalyzer.load(contactReasons);
    }
}
