package org.loyaldesk.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.Cursor;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.PayloadTooLargeException;
import org.loyaldesk.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns every error of the REST API into an RFC 9457 problem response that says what was
 * wrong in words an integrator can act on. Browser pages keep their own error page.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    static URI type(String slug) {
        return URI.create("https://loyaldesk.org/problems/" + slug);
    }

    static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
        return pageOrProblem(request, response, problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
            "Someone else changed this at the same moment; reload it and try again");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Not allowed", e.getMessage());
    }

    @ExceptionHandler({ Cursor.InvalidCursorException.class, IllegalArgumentException.class })
    ProblemDetail badArgument(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request,
                                            HttpServletResponse response) throws IOException {
        return pageOrProblem(request, response,
            problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this"));
    }

    /** A person who opened a page sees the error page in their language; programs get the problem. */
    private static ResponseEntity<ProblemDetail> pageOrProblem(HttpServletRequest request, HttpServletResponse response,
                                                               ProblemDetail problem) throws IOException {
        if (BrowserPages.wantsPage(request)) {
            BrowserPages.showErrorPage(response, HttpStatusCode.valueOf(problem.getStatus()));
            return null;
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Spring MVC's own refusals (no such page, wrong method, missing parameter): a page for a person too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (request instanceof NativeWebRequest web && web.getNativeRequest() instanceof HttpServletRequest page
            && web.getNativeResponse() instanceof HttpServletResponse response && BrowserPages.wantsPage(page)) {
            try {
                BrowserPages.showErrorPage(response, status);
                return null;
            } catch (IOException failed) {
                // the browser has gone: nothing more can be shown to it
                return null;
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
            "'" + e.getName() + "' has an invalid value: " + e.getValue());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // Jackson wraps the limit's IOException (a chunked body counted while read) in its own exception
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        return ResponseEntity.badRequest()
            .body(problem(HttpStatus.BAD_REQUEST, "invalid-json", "Invalid JSON", describe(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
            .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
            .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
            errors.stream().map(error -> error.get("field") + " " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = e.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage()))
            .reduce((a, b) -> a + "; " + b).orElse("The request is not valid");
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail));
    }

    /**
     * The database is there but cannot serve this request now (a lock wait that timed out, a
     * connection pool that is empty, a database restarting): nothing was stored, so the sender is
     * told to retry shortly instead of seeing an error. A mail transfer agent retries a 503 (the
     * mail pipe exits "temporary failure"), a connector honours Retry-After.
     */
    /**
     * The database went away while a transaction was being committed (a restart, a failover): whether it was stored
     * cannot be known here, so the answer is "try again", which is safe for every operation keyed by an id.
     */
    @ExceptionHandler(org.springframework.transaction.TransactionSystemException.class)
    ResponseEntity<ProblemDetail> commitCutOff(Exception e, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
        log.warn("Commit cut off on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        if (!request.getRequestURI().startsWith("/api/")) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return null;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                "The database went away while this was being stored; it may or may not be stored. Send it again with "
                    + "the same id in a few seconds: a message already stored is recognised and kept once."));
    }

    @ExceptionHandler({ TransientDataAccessException.class, RecoverableDataAccessException.class,
        DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
    ResponseEntity<ProblemDetail> databaseBusy(Exception e, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        if (!request.getRequestURI().startsWith("/api/")) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return null;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                "The database could not serve this request just now; nothing was stored. Retry in a few seconds."));
    }

    /** Anything unexpected: logged with its stack, answered without internals. Browser pages go to the error page. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
            "Internal error", "Something went wrong on our side; nothing was changed by this request"));
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PropertyBindingException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof JacksonException json) {
            String where = json.getLocation() == null ? ""
                : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
            String path = json.getPath().isEmpty() ? "" : " at '" + pathOf(json) + "'";
            return firstLine(json.getOriginalMessage()) + path + where;
        }
        return "The request body is missing or is not valid JSON";
    }

    private static String pathOf(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "Invalid JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
