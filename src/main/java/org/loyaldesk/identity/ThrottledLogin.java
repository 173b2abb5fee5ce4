package org.loyaldesk.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.AuditLog;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's side of {@link LoginThrottle}: a locked attempt is sent back to the form with
 * how long to wait, before its password is even looked at (so guessing right during a lock does
 * not help); a wrong password is counted, and a lock it starts is written to the audit log.
 */
class ThrottledLogin extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledLogin(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Optional<Duration> locked = throttle.lockedFor(request.getParameter("username"), request.getRemoteAddr());
        if (locked.isPresent()) {
            sendBack(request, response, locked.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof DisabledException) {
            // the password was right: no guessing to slow down, only an account that no longer works
            response.sendRedirect(request.getContextPath() + "/login?deactivated");
            return;
        }
        String account = request.getParameter("username");
        Optional<Duration> started = throttle.failed(account, request.getRemoteAddr());
        if (started.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        audit.record("login.throttled", "login", account == null ? "" : account.trim(),
            "too many wrong passwords from " + request.getRemoteAddr() + "; login refused for " + minutes(started.get())
                + " min");
        sendBack(request, response, started.get());
    }

    private static void sendBack(HttpServletRequest request, HttpServletResponse response, Duration wait)
        throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes(wait));
    }

    /** Whole minutes, rounded up: "try again in 0 minutes" would be a lie. */
    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
