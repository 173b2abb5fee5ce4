package org.loyaldesk.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. The WebJars locator switches on Spring's resource chain,
 * and with it a filter that looks up every link of every page (each conversation in the inbox) as a
 * classpath resource to give it a versioned URL: a third of the CPU of an inbox page with 50 rows,
 * for nothing, since no static URL here is versioned. Version-less WebJar paths still resolve when
 * they are requested; only the rewriting of links is switched off.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksAsWritten() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
            new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
