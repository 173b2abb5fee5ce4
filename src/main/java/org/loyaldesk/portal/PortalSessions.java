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
import org.springframework.stereotype.Component;

/**
 * Where a customer's sign-in lives: in the HTTP session, under a key of its own, so that an agent
 * testing the portal in the same browser stays signed in as an agent and neither sign-in leaks into
 * the other's screens.
 */
@Component
class PortalSessions {

    static final String CONTEXT_KEY = "LOYALDESK_PORTAL_SECURITY_CONTEXT";

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PortalSessions() {
        contexts.setSpringSecurityContextKey(CONTEXT_KEY);
    }

    SecurityContextRepository repository() {
        return contexts;
    }

    /** Signs the customer in; the session gets a new id, so that one planted before cannot be ridden (fixation). */
    void signIn(PortalCustomer customer, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(customer, null,
            List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
