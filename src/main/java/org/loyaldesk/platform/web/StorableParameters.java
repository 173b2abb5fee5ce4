package org.loyaldesk.platform.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.StorableText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link StorableText} rule to query parameters and form fields, before anything
 * (security included) reads them. An API caller gets a 400 that names the parameter; a browser
 * form, such as the public survey page, has the characters removed instead, as no person can
 * type them and nothing they meant is lost. A parameter whose percent-encoding is not valid
 * UTF-8 is refused in both cases: there is no text to clean.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StorableParameters extends OncePerRequestFilter {

    private final ProblemWriter problems;

    StorableParameters(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // multipart bodies are parsed later by Spring, with their own size limits; file names are cleaned where stored
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        boolean api = ProblemWriter.isApi(request.getRequestURI());
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            // Tomcat's InvalidParameterException: a percent-encoding that is not UTF-8 (%ED%A0%80), or too many
            refuse(request, response, api, "The parameters could not be read: one is not validly percent-encoded "
                + "UTF-8, or there are too many");
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String problem = problem(parameter.getKey(), parameter.getValue());
            if (problem == null) {
                continue;
            }
            if (api) {
                problems.badRequest(request, response, "Parameter '" + printable(parameter.getKey()) + "' " + problem);
                return;
            }
            chain.doFilter(new CleanedParameters(request, parameters), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String detail)
        throws IOException {
        if (api) {
            problems.badRequest(request, response, detail);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static String problem(String name, String[] values) {
        String problem = StorableText.problem(name);
        for (int i = 0; problem == null && i < values.length; i++) {
            problem = StorableText.problem(values[i]);
        }
        return problem;
    }

    private static String printable(String name) {
        return StorableText.of(name).replace("\uFFFD", "?");
    }

    private static final class CleanedParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        CleanedParameters(HttpServletRequest request, Map<String, String[]> original) {
            super(request);
            original.forEach((name, values) -> parameters.merge(StorableText.of(name),
                Arrays.stream(values).map(StorableText::of).toArray(String[]::new),
                (a, b) -> java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
