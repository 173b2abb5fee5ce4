package org.loyaldesk.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on API calls. A token that is presented
 * but wrong is refused at once with a problem response rather than treated as anonymous,
 * so an integrator sees the real reason.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ApiTokenAuthenticator authenticator;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ProblemResponses problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IntegrationPrincipal> principal;
        try {
            principal = authenticator.authenticate(header.substring(7).trim());
        } catch (DataAccessException | TransactionException e) {
            // the token is looked up before any controller runs, so ApiProblems never sees this failure: without
            // this a database restart or an empty connection pool answered 500, and senders did not retry
            log.warn("Database unavailable while checking an API token on {} {}: {}", request.getMethod(),
                request.getRequestURI(), e.toString());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            problems.write(response, 503, "unavailable", "Temporarily unavailable",
                "The database could not serve this request just now; nothing was stored. Retry in a few seconds.");
            return;
        }
        if (principal.isEmpty()) {
            problems.write(response, 401, "unauthorized", "Unauthorized", "The API token is unknown or revoked, or the agent it acts as is deactivated");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
            List.copyOf(AuthorityUtils.createAuthorityList(principal.get().role().authorities())));
        SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
