package org.loyaldesk.proactive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.loyaldesk.conversation.ConversationQueries;
import org.loyaldesk.conversation.ConversationSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.loyaldesk.proactive.ComplaintLog.utc;

/** The conversations about an incident: the open ones when it is declared, and each new one as it arrives. */
@Component
class IncidentLinks {

    /** How far back before the first complaint (or the declaration) open conversations are looked for. */
    static final Duration LOOK_BACK = Duration.ofDays(3);
    private static final int MOST_CONTACTS = 50_000;

    private final JdbcClient jdbc;
    private final ComplaintLog log;
    private final ConversationQueries conversations;
    private final Clock clock;

    IncidentLinks(JdbcClient jdbc, ComplaintLog log, ConversationQueries conversations, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Links the open conversations that match (and every open one behind the spike); returns how many. */
    int linkOpen(Incident incident, List<Long> behindSpike) {
        Instant from = (incident.firstComplaintAt() != null ? incident.firstComplaintAt() : incident.declaredAt())
            .minus(LOOK_BACK);
        Map<Long, ComplaintLog.Contact> contacts = log.contactsSince(from, MOST_CONTACTS);
        int linked = 0;
        for (ComplaintLog.Contact contact : contacts.values()) {
            boolean about = behindSpike.contains(contact.conversationId())
                || IncidentMatch.matches(incident.skus(), incident.words(), contact.keys());
            if (about && stillOpen(contact.conversationId()) && link(incident.id(), contact.conversationId(),
                contact.customerId())) {
                linked++;
            }
        }
        return linked;
    }

    /** Links a new complaint to every open incident it is about; returns those incidents. */
    List<Incident> linkArrival(long conversationId, long customerId, Set<String> keys, List<Incident> open) {
        List<Incident> about = open.stream()
            .filter(incident -> IncidentMatch.matches(incident.skus(), incident.words(), keys)).toList();
        about.forEach(incident -> link(incident.id(), conversationId, customerId));
        return about;
    }

    boolean link(long incidentId, long conversationId, long customerId) {
        try {
            jdbc.sql("INSERT INTO proactive_incident_conversation (incident_id, conversation_id, customer_id, linked_at) "
                    + "VALUES (?, ?, ?, ?)")
                .params(incidentId, conversationId, customerId, utc(clock.instant())).update();
            return true;
        } catch (DuplicateKeyException linkedBefore) {
            return false;
        }
    }

    private boolean stillOpen(long conversationId) {
        return conversations.summary(conversationId).map(IncidentLinks::open).orElse(false);
    }

    private static boolean open(ConversationSummary summary) {
        return summary.status().isActive() && !summary.spam();
    }
}
