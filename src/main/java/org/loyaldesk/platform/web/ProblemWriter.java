package org.loyaldesk.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem response from outside Spring MVC (filters, the firewall, the error page). */
@Component
class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    static boolean isApi(String uri) {
        return uri != null && uri.startsWith("/api/");
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null && request.getRequestURI() != null) {
            problem.setInstance(java.net.URI.create(safePath(request.getRequestURI())));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    void badRequest(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail));
    }

    /** A rejected path may hold anything; the problem names it only when it is a plain path. */
    private static String safePath(String uri) {
        return uri.matches("[A-Za-z0-9/._~%-]{1,300}") ? uri : "/api";
    }
}
