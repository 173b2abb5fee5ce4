package org.loyaldesk.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page (a status sent before Spring MVC ran, or an exception escaping a
 * filter): browser paths keep the HTML error page, API paths answer a problem response whatever
 * the caller accepts, as every other API error does.
 */
@Controller
class ApiErrorPage extends BasicErrorController {

    private final ProblemWriter problems;

    ApiErrorPage(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers,
                 ProblemWriter problems) {
        super(attributes, web.getError(), resolvers);
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!ProblemWriter.isApi(failedPath(request))) {
            return super.errorHtml(request, response);
        }
        try {
            HttpStatus status = statusOf(request);
            problems.write(request, response, ApiProblems.problem(status, slug(status), status.getReasonPhrase(),
                detail(status)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!ProblemWriter.isApi(failedPath(request))) {
            return super.error(request);
        }
        HttpStatus status = statusOf(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.type(slug(status)).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getRequestURI() : uri.toString();
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case CONTENT_TOO_LARGE -> "too-large";
            case NOT_FOUND -> "not-found";
            default -> status.is5xxServerError() ? "internal" : "invalid-request";
        };
    }

    private static String detail(HttpStatus status) {
        return status.is5xxServerError() ? "Something went wrong on our side; nothing was changed by this request"
            : "The request was refused: " + status.getReasonPhrase().toLowerCase();
    }
}
