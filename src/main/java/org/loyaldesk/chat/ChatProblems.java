package org.loyaldesk.chat;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The chat's refusals as problem+json with the code the widget translates; other errors go to the API's handler. */
@RestControllerAdvice(assignableTypes = ChatEndpoints.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatProblems {

    /** Unreadable JSON, text the database cannot keep, a missing or mistyped parameter: the widget sent bad input. */
    @ExceptionHandler({ HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class })
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return refused(ChatRefusal.invalid(e instanceof HttpMessageNotReadableException
            ? "The request is not JSON the chat understands, or holds text that cannot be stored" : e.getMessage()));
    }

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
