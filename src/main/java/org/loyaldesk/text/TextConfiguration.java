package org.loyaldesk.text;

import java.util.List;

import org.loyaldesk.text.scoring.MessageScorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Text analysis as beans: the models are loaded once at start-up and shared by every thread. */
@Configuration(proxyBeanMethods = false)
class TextConfiguration {

    /**
     * Until a tenant's agents have confirmed reasons of their own, the shipped examples teach the
     * reasons of the configured list (the same setting the conversation module shows agents).
     */
    @Bean
    ReasonClassifier reasonClassifier(@Value("${loyaldesk.contact-reasons:order-status,delivery,return-refund,payment,"
        + "product-defect,account,service-complaint,other}") List<String> reasons) {
        return ReasonClassifier.seeded(reasons.stream().map(String::trim).filter(code -> !code.isEmpty()).toList());
    }

    /** One language model for the whole application: search picks its analysis by it, too. */
    @Bean
    LanguageDetection languageDetection() {
        return LanguageDetection.load();
    }

    /** The analysis every search index shares (its Dutch compound list is read once). */
    @Bean
    SearchAnalysis searchAnalysis() {
        return new SearchAnalysis();
    }

    @Bean
    TextAnalyzer textAnalyzer(ReasonClassifier reasonClassifier, LanguageDetection languageDetection) {
        return new TextAnalyzer(languageDetection, MessageScorer.load(), reasonClassifier);
    }
}
