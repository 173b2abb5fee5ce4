package org.loyaldesk.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tells a person's page request from a program's: a page outside {@code /api} that the browser
 * asked for as HTML gets the error page in the user's language, while scripts and htmx fragments
 * (which accept anything, or say they are htmx) keep the problem document they can read.
 */
final class BrowserPages {

    private BrowserPages() {
    }

    static boolean wantsPage(HttpServletRequest request) {
        if (ProblemWriter.isApi(request.getRequestURI()) || request.getHeader("HX-Request") != null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Hands the status to the container's error page ({@link ApiErrorPage}), which renders templates/error.html. */
    static void showErrorPage(HttpServletResponse response, HttpStatusCode status) throws IOException {
        if (!response.isCommitted()) {
            response.sendError(status.value());
        }
    }
}
