package org.loyaldesk.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.search.SearchRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The search as the API and the page receive it, as text, checked and turned into a request.
 * Anything wrong is an {@link IllegalArgumentException} that says what, which the API answers
 * with 400.
 *
 * @param assignee an agent id, "me" or "none"
 * @param team     a team id or "none"
 * @param from     a date (in the instance's time zone, from its start) or a timestamp with offset
 * @param to       a date (up to its end) or a timestamp with offset
 */
record SearchParameters(String q, String status, String channel, String assignee, String team, String from, String to) {

    SearchRequest request(ZoneId zone, int offset, int limit) {
        return new SearchRequest(q, blank(status) ? null : ConversationStatus.fromCode(status.trim()),
            blank(channel) ? null : Channel.fromCode(channel)
                .orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + channel + "'")),
            assigneeKey(), id("team", team), instant("from", from, zone, false), instant("to", to, zone, true),
            offset, limit, seesNotes());
    }

    /**
     * Internal notes are for the people of the helpdesk: agents in the browser, tokens that act as
     * an agent, and lead or admin tokens. A connector's token that is no one in particular (an
     * inbound WhatsApp bridge, say) finds only what the customer could see.
     */
    static boolean seesNotes() {
        Actor actor = CurrentActor.get();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return actor.isAgent() || authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_LEAD".equals(authority.getAuthority()));
    }

    private String assigneeKey() {
        if (!blank(assignee) && "me".equalsIgnoreCase(assignee.trim())) {
            Actor actor = CurrentActor.get();
            if (!actor.isAgent()) {
                throw new IllegalArgumentException("'assignee=me' needs a token that acts as an agent");
            }
            return actor.id().toString();
        }
        return id("assignee", assignee);
    }

    private static String id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        if ("none".equalsIgnoreCase(trimmed)) {
            return "none";
        }
        try {
            return Long.toString(Long.parseLong(trimmed));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be an id or 'none', not '" + value + "'");
        }
    }

    private static Instant instant(String name, String value, ZoneId zone, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        try {
            if (trimmed.contains("T")) {
                return OffsetDateTime.parse(trimmed).toInstant();
            }
            LocalDate day = LocalDate.parse(trimmed);
            return endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1) : day.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date (2026-12-01) or a timestamp with offset");
        }
    }

    boolean hasText() {
        return !blank(q);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
