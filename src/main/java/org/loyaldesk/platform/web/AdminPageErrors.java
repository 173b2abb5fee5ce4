package org.loyaldesk.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A settings form whose fields cannot be read (a word where a number goes, a role that does not exist,
 * a field left out) answers with the form again and a message, not with an error page: only a
 * hand-made request gets there, but it is still input, not a failure.
 */
@ControllerAdvice(assignableTypes = AdminPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageErrors {

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    String unreadable(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("errorKey", "settings.unreadable");
        return "redirect:" + formPage(request);
    }

    /** Back where the form was, when the browser says so and it is a settings page of this site. */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/settings")
                    && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()))) {
                    return path.substring(request.getContextPath().length());
                }
            } catch (IllegalArgumentException unreadableReferer) {
                // fall through to the settings page
            }
        }
        return "/settings";
    }
}
