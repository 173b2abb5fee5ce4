package org.loyaldesk.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an agent who was deactivated while logged in: a session outlives the
 * login it began with, and an agent who left must not keep working in a tab left open. One look-up by
 * primary key per page request; live streams already open run until the page closes.
 */
class ActiveAgentsOnly extends OncePerRequestFilter {

    private final Agents agents;

    ActiveAgentsOnly(Agents agents) {
        this.agents = agents;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AgentPrincipal agent
            && !agents.isActive(agent.agentId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?deactivated");
            return;
        }
        chain.doFilter(request, response);
    }
}
