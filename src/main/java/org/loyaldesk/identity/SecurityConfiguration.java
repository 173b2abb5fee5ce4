package org.loyaldesk.identity;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two doors: the REST API under {@code /api} (stateless, Bearer tokens, no CSRF because no
 * cookies are honoured there) and the team's browser (form login, session, CSRF on). The customer
 * portal brings its own door for {@code /portal}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks a deactivated account only after its password was right: refusing it before would tell anyone
     * who types an address that the account exists.
     */
    @Bean
    DaoAuthenticationProvider agentAuthentication(AgentLogin login, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(login);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("The account is deactivated");
            }
        });
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticator authenticator, ProblemResponses problems)
        throws Exception {
        return http.securityMatcher("/api/**")
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .addFilterBefore(new ApiTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/docs", "/api/docs/**", "/api/docs.yaml").permitAll()
                .requestMatchers("/api/v1/settings/**", "/api/v1/tokens/**", "/api/v1/audit/**", "/api/v1/backups/**")
                    .hasRole("ADMIN")
                .anyRequest().authenticated())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(problems.unauthenticated())
                .accessDeniedHandler(problems.forbidden()))
            .build();
    }

    // the catch-all comes last: chains of other modules for their own paths (the customer portal) go before it
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain browser(HttpSecurity http, AgentDirectory directory, LoginThrottle throttle, AuditLog audit,
                                Agents agents,
                                @Value("${loyaldesk.metrics.open-to-anyone:false}") boolean metricsOpenToAnyone)
        throws Exception {
        ThrottledLogin throttledLogin = new ThrottledLogin(throttle, audit);
        return http
            .addFilterBefore(throttledLogin, UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new ActiveAgentsOnly(agents), AuthorizationFilter.class)
            .authorizeHttpRequests(requests -> requests
                // an async dispatch finishes a request that was authorised when it began: a live stream that ends
                // after its page logged out is normal, and denying it could only log an error on a committed response
                .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                    "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers(new MetricsScrape(metricsOpenToAnyone)).permitAll()
                // survey answer links work without login: the signed token in the link is the permission
                .requestMatchers("/survey/**").permitAll()
                // the help centre is public: customers read it without an account
                .requestMatchers("/help", "/help/**", "/sitemap.xml").permitAll()
                .requestMatchers("/settings/**").hasRole("ADMIN")
                .anyRequest().hasRole("AGENT"))
            .formLogin(login -> login.loginPage("/login").successHandler(new RememberLanguage(directory, throttle))
                .failureHandler(throttledLogin).permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")))
            .build();
    }

    /** After login, the interface speaks the language the agent chose last time, on any browser. */
    private static final class RememberLanguage extends SavedRequestAwareAuthenticationSuccessHandler {
        private final AgentDirectory directory;
        private final LoginThrottle throttle;

        RememberLanguage(AgentDirectory directory, LoginThrottle throttle) {
            this.directory = directory;
            this.throttle = throttle;
            setDefaultTargetUrl("/inbox");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof AgentPrincipal agent) {
                throttle.succeeded(agent.getUsername(), request.getRemoteAddr());
                directory.preferredLocale(agent.agentId()).ifPresent(locale -> {
                    Cookie cookie = new Cookie(Language.COOKIE, locale);
                    cookie.setPath("/");
                    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
                    cookie.setHttpOnly(true);
                    response.addCookie(cookie);
                });
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
