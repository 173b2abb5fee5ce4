package org.loyaldesk.proactive.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The opt-out link under a warning opens without signing in: the random token in it is the permission, and it
 * can do no more than stop notices to the customer it was written for.
 */
@Configuration(proxyBeanMethods = false)
class OptOutSecurity {

    @Bean
    @Order(4)
    SecurityFilterChain optOut(HttpSecurity http) throws Exception {
        return http.securityMatcher("/notices/opt-out/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")))
            .build();
    }
}
