package org.loyaldesk.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web chat's door: the widget script, the chat endpoints and the demo shop, open to anyone. A visitor
 * proves who they are with their own token on every request, not with a cookie (shop sites are other sites,
 * where browsers withhold cookies), so there is no session and no CSRF token; {@link ChatOrigins} checks
 * that a browser request comes from a site the admin allowed.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain chat(HttpSecurity http) throws Exception {
        return http.securityMatcher("/chat/**", "/widget.js", "/demo/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.requireExplicitSave(true))
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")))
            .build();
    }
}
