package org.loyaldesk.channel.email.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.james.mime4j.codec.DecodeMonitor;

/**
 * Collects what was wrong with one message, once per distinct problem and at most a few dozen,
 * so that a hostile message cannot make its own report unbounded. It also listens to mime4j's
 * warnings, which are how mime4j tells about truncation and broken encodings.
 */
final class Problems extends DecodeMonitor {

    private static final int MAX_PROBLEMS = 50;

    private final Set<ParseProblem> problems = new LinkedHashSet<>();

    void add(ParseProblem.Kind kind, String detail) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ParseProblem(kind, detail));
        }
    }

    void add(ParseProblem problem) {
        if (problem != null) {
            add(problem.kind(), problem.detail());
        }
    }

    boolean has(ParseProblem.Kind kind) {
        return problems.stream().anyMatch(problem -> problem.kind() == kind);
    }

    List<ParseProblem> list() {
        return new ArrayList<>(problems);
    }

    @Override
    public boolean warn(String error, String dropDescription) {
        String message = error.startsWith("Line ") ? error.substring(error.indexOf(": ") + 2) : error;
        if (message.startsWith("Body part ended prematurely")) {
            add(ParseProblem.Kind.TRUNCATED, "a multipart ends without its closing boundary");
        } else if (message.startsWith("Unexpected end of headers")) {
            add(ParseProblem.Kind.TRUNCATED, "a header ends without the blank line before the body");
        } else if (message.startsWith("Invalid header") || message.startsWith("Obsolete header")) {
            add(ParseProblem.Kind.MALFORMED_HEADER, message);
        } else if (message.contains("base64") || message.contains("BASE64") || message.contains("padding")) {
            add(ParseProblem.Kind.BAD_TRANSFER_ENCODING, "broken base64: " + message);
        } else if (message.startsWith("Malformed encoded value") || message.startsWith("Unexpected ==")) {
            add(ParseProblem.Kind.BAD_TRANSFER_ENCODING, "broken quoted-printable: " + message);
        }
        // other warnings (line endings, blanks before soft breaks) change nothing a reader would notice
        return false;
    }

    @Override
    public boolean isListening() {
        return true;
    }
}
