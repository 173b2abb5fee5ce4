package org.loyaldesk.knowledge.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.knowledge.HelpCentreVisits;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;

/**
 * The help-centre visitor's browser, remembered by a random id in a cookie for a year, so that a
 * visit and a contact the next day are known to be the same person. It holds nothing else.
 */
final class VisitorCookie {

    static final String NAME = "loyaldesk-help";

    private VisitorCookie() {
    }

    static String of(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (NAME.equals(cookie.getName()) && HelpCentreVisits.isVisitor(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        String visitor = HelpCentreVisits.newVisitor();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, visitor).path("/help").httpOnly(true)
            .sameSite("Lax").secure(request.isSecure()).maxAge(Duration.ofDays(365)).build().toString());
        return visitor;
    }
}
