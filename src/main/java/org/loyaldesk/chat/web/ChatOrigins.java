package org.loyaldesk.chat.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.chat.ChatSettingsStore;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Which sites may talk to the chat from a browser: Loyaldesk's own pages and the shop sites an admin listed.
 * A request from any other site's page is refused before it reaches the chat (403, {@code origin-not-allowed}),
 * and the allowed ones get the CORS headers their browser needs. Requests without an Origin (not from a web
 * page, or the same page opening a file) pass: what they can do is bounded by the visitor's own token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ChatOrigins extends OncePerRequestFilter {

    private final ChatSettingsStore settings;
    private final LoyaldeskProperties properties;
    private final JsonMapper json;

    ChatOrigins(ChatSettingsStore settings, LoyaldeskProperties properties, JsonMapper json) {
        this.settings = settings;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/chat/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader("Vary", "Origin");
        if (!allowed(origin, request)) {
            response.setStatus(403);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Map.of("type", "https://loyaldesk.org/problems/origin-not-allowed",
                "title", "Forbidden", "status", 403, "code", "origin-not-allowed",
                "detail", "This site may not use the chat; an admin can allow it under Settings, Web chat"));
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST");
            response.setHeader("Access-Control-Allow-Headers", "Content-Type, Last-Event-ID");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(204);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(String origin, HttpServletRequest request) {
        String own = request.getScheme() + "://" + request.getServerName()
            + (isDefaultPort(request) ? "" : ":" + request.getServerPort());
        if (origin.equalsIgnoreCase(own) || origin.equalsIgnoreCase(properties.linkBase())) {
            return true;
        }
        return settings.current().allowedOrigins().stream().anyMatch(origin::equalsIgnoreCase);
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
            || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }
}
