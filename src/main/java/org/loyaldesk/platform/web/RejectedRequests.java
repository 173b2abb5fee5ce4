package org.loyaldesk.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What the security firewall refuses (an encoded {@code ..}, {@code //} or NUL in a path, a
 * control character in a header) is a bad request like any other: an API caller gets a problem
 * response, a browser the error page.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
        throws IOException {
        log.debug("Rejected {}: {}", request.getRequestURI(), rejected.getMessage());
        if (ProblemWriter.isApi(request.getRequestURI())) {
            problems.badRequest(request, response, "The request was refused: its path or headers hold characters "
                + "that are not allowed (such as an encoded '..', '/', '%' or a control character)");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
