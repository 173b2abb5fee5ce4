package org.loyaldesk.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A Prometheus scrape that may pass without a login: from this machine only, unless the
 * installation opened metrics to anyone. The figures (request rates, queue sizes, error counts)
 * tell an outsider more about a helpdesk than it should publish by default.
 */
record MetricsScrape(boolean openToAnyone) implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        return "/actuator/prometheus".equals(request.getServletPath()) && (openToAnyone || loopback(request.getRemoteAddr()));
    }

    private static boolean loopback(String address) {
        try {
            // the container gives an address literal, which is parsed without a name lookup
            return address != null && !address.isBlank()
                && (Character.digit(address.charAt(0), 16) >= 0 || address.charAt(0) == ':')
                && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
