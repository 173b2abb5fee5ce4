package org.loyaldesk.privacy.web;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The export page answers its refusals with the error page, not with the API's problem document. */
@ControllerAdvice(assignableTypes = CustomerDataPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerDataPageErrors {

    @ExceptionHandler(NotFoundException.class)
    String missing(Model model, HttpServletResponse response) {
        return error(HttpStatus.NOT_FOUND, model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String invalid(Model model, HttpServletResponse response) {
        return error(HttpStatus.BAD_REQUEST, model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(Model model, HttpServletResponse response) {
        return error(HttpStatus.FORBIDDEN, model, response);
    }

    private static String error(HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "error";
    }
}
