package org.loyaldesk.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The customers' door: everything under {@code /portal}. Its own sign-in (by emailed link), its own
 * place in the session, CSRF on every form, and no referrer sent anywhere, because the sign-in page's
 * address carries a token.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, PortalSessions sessions) throws Exception {
        return http.securityMatcher("/portal/**")
            .securityContext(context -> context.securityContextRepository(sessions.repository()))
            .csrf(csrf -> csrf.csrfTokenRepository(sessions.csrf()))
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/portal", "/portal/", "/portal/sign-in", "/portal/sign-in/**", "/portal/link/**")
                    .permitAll()
                .anyRequest().hasRole("CUSTOMER"))
            .exceptionHandling(exceptions -> exceptions
                // an agent's sign-in is not in this door's place in the session: an agent is a stranger here too
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/portal/sign-in")))
            .logout(logout -> logout.logoutUrl("/portal/sign-out").invalidateHttpSession(false)
                .logoutSuccessUrl("/portal/sign-in?signedOut"))
            .headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")))
            .build();
    }
}
