package org.loyaldesk.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as problem details on API paths and without server details elsewhere.
 * Public only because Tomcat creates it by class name (see {@link ContainerErrors}).
 */
public class ContainerErrorReport extends ErrorReportValve {

    public ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        // an empty path: the request line itself was refused (too long, malformed); browsers never send
        // those, API clients can, so they get a problem too
        if (uri != null && !uri.isEmpty() && !ProblemWriter.isApi(uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String slug = status == 413 || status == 414 || status == 431 ? "too-large"
            : status >= 500 ? "internal" : "invalid-request";
        String detail = status >= 500 ? "Something went wrong on our side; nothing was changed by this request"
            : "The request was refused before it was read: its path, query or headers are malformed or too large";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://loyaldesk.org/problems/" + slug + "\",\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone or committed: nothing more can be said to the caller
        }
    }
}
