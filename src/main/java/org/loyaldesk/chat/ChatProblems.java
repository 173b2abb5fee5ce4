package org.loyaldesk.chat;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The chat's refusals as problem+json with the code the widget translates; other errors go to the API's handler. */
@RestControllerAdvice(assignableTypes = ChatEndpoints.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatProblems {

    @ExceptionHandler(ChatRefusal.class)
    ResponseEntity<ProblemDetail> refused(ChatRefusal refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        problem.setType(URI.create("https://loyaldesk.org/problems/" + refusal.code()));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", refusal.code());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            answer.header("Retry-After", "60");
        }
        return answer.body(problem);
    }
}
