package org.loyaldesk.conversation.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.conversation.InboxView;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * The inbox view an agent last chose, kept in a cookie of this browser and per agent, so the inbox opens where they
 * left it; an agent who never chose one starts on their own conversations rather than on everyone's.
 */
final class LastInboxView {

    static final InboxView FIRST = InboxView.MINE;
    private static final String COOKIE = "inbox-view";
    private static final Duration KEPT = Duration.ofDays(365);

    private LastInboxView() {
    }

    static InboxView of(HttpServletRequest request, long agentId) {
        return Optional.ofNullable(WebUtils.getCookie(request, COOKIE))
            .map(cookie -> cookie.getValue().split("\\.", 2))
            .filter(parts -> parts.length == 2 && parts[0].equals(String.valueOf(agentId)))
            .flatMap(parts -> known(parts[1]))
            .orElse(FIRST);
    }

    static void remember(HttpServletResponse response, long agentId, InboxView view) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, agentId + "." + view.code()).path("/")
            .maxAge(KEPT).httpOnly(true).sameSite("Lax").build().toString());
    }

    private static Optional<InboxView> known(String code) {
        try {
            return Optional.of(InboxView.fromCode(code));
        } catch (IllegalArgumentException stale) {
            return Optional.empty();
        }
    }
}
