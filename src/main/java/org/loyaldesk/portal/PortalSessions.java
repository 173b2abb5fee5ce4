package org.loyaldesk.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Where a customer's sign-in lives: in the HTTP session, under a key of its own, so that an agent
 * testing the portal in the same browser stays signed in as an agent and neither sign-in leaks into
 * the other's screens.
 */
@Component
class PortalSessions {

    static final String CONTEXT_KEY = "LOYALDESK_PORTAL_SECURITY_CONTEXT";

    static final String CSRF_KEY = "LOYALDESK_PORTAL_CSRF_TOKEN";

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    // a token of its own: signing in or out here must not spoil the forms an agent has open in the same browser
    private final HttpSessionCsrfTokenRepository csrf = new HttpSessionCsrfTokenRepository();

    PortalSessions() {
        contexts.setSpringSecurityContextKey(CONTEXT_KEY);
        csrf.setSessionAttributeName(CSRF_KEY);
    }

    SecurityContextRepository repository() {
        return contexts;
    }

    CsrfTokenRepository csrf() {
        return csrf;
    }

    /** Signs the customer in; the session gets a new id, so that one planted before cannot be ridden (fixation). */
    void signIn(PortalCustomer customer, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        // a token seen before signing in is not trusted after it
        csrf.saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null,
            List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
