package org.loyaldesk.proactive;

import java.time.Clock;
import java.util.List;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.insight.RecoveryActions;
import org.loyaldesk.insight.RecoveryKind;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import static org.loyaldesk.proactive.ComplaintLog.utc;

/**
 * Solving at the source: when an incident is resolved, every linked conversation gets the resolution in its
 * customer's language, addressed by name and in the resolving lead's name, is solved, and records the fix as
 * proof of improvement. Each conversation's answer, its status and its mark as answered commit together, so a
 * restart halfway answers the rest and none twice.
 */
@Component
class IncidentAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentAnswers.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final ConversationWork work;
    private final RecoveryActions recoveries;
    private final CustomerDirectory customers;
    private final WarningMail mail;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IncidentAnswers(JdbcClient jdbc, Incidents incidents, ConversationWork work, RecoveryActions recoveries,
                    CustomerDirectory customers, WarningMail mail, MessageSource messages,
                    PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.work = work;
        this.recoveries = recoveries;
        this.customers = customers;
        this.mail = mail;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IncidentResolved event) {
        answer(event.incidentId());
    }

    /** Returns how many conversations were answered by this run. */
    int answer(long incidentId) {
        Incident incident = incidents.get(incidentId);
        if (incident.isOpen()) {
            return 0;
        }
        Actor lead = new Actor(Actor.Type.AGENT, resolverId(incidentId), incident.resolvedBy());
        int answered = ActingAs.run(lead.id() != null ? lead : Actor.SYSTEM, () -> {
            int count = 0;
            long after = 0;
            for (List<Linked> batch = unanswered(incidentId, after); !batch.isEmpty();
                 batch = unanswered(incidentId, after)) {
                for (Linked linked : batch) {
                    after = linked.conversationId();
                    if (answerOne(incident, linked.conversationId(), linked.customerId())) {
                        count++;
                    }
                }
            }
            return count;
        });
        jdbc.sql("UPDATE proactive_incident SET answered_at = ? WHERE id = ?").params(utc(clock.instant()), incidentId)
            .update();
        return answered;
    }

    private boolean answerOne(Incident incident, long conversationId, long customerId) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                int claimed = jdbc.sql("UPDATE proactive_incident_conversation SET answered_at = ?, outcome = 'answered' "
                        + "WHERE incident_id = ? AND conversation_id = ? AND answered_at IS NULL")
                    .params(utc(clock.instant()), incident.id(), conversationId).update();
                if (claimed == 0) {
                    return false;
                }
                CustomerRef customer = customers.ref(customerId).orElse(null);
                Language language = incident.resolutionLanguage(customer == null ? Language.EN : customer.language());
                work.reply(conversationId, text(incident, customer, language), null, ConversationStatus.SOLVED);
                recoveries.record(conversationId, RecoveryKind.PROOF_OF_IMPROVEMENT, null, incident.fixLink(),
                    "incident #" + incident.id());
                return true;
            }));
        } catch (RuntimeException e) {
            // a conversation merged away, closed or erased meanwhile: it is marked, the others go on
            LOG.info("Conversation {} of incident {} was not answered: {}", conversationId, incident.id(),
                e.getMessage());
            jdbc.sql("UPDATE proactive_incident_conversation SET answered_at = ?, outcome = 'failed' "
                    + "WHERE incident_id = ? AND conversation_id = ? AND answered_at IS NULL")
                .params(utc(clock.instant()), incident.id(), conversationId).update();
            return false;
        }
    }

    private String text(Incident incident, CustomerRef customer, Language language) {
        // a customer we know only by address is greeted without it
        String name = customer == null || customer.displayName() == null || customer.displayName().contains("@") ? null
            : customer.displayName();
        return mail.greeting(name, language.locale()) + "\n\n" + incident.resolution(language) + "\n\n"
            + messages.getMessage("proactive.answer.fix", new Object[] { incident.fixLink() }, language.locale());
    }

    private record Linked(long conversationId, long customerId) {
    }

    private List<Linked> unanswered(long incidentId, long after) {
        return jdbc.sql("SELECT conversation_id, customer_id FROM proactive_incident_conversation WHERE incident_id = ? "
                + "AND answered_at IS NULL AND conversation_id > ? ORDER BY conversation_id FETCH FIRST ? ROWS ONLY")
            .params(incidentId, after, BATCH).query((rs, row) -> new Linked(rs.getLong(1), rs.getLong(2))).list();
    }

    private Long resolverId(long incidentId) {
        return jdbc.sql("SELECT resolved_by_id FROM proactive_incident WHERE id = ?").param(incidentId)
            .query((rs, row) -> rs.getObject(1, Long.class)).list().stream().filter(java.util.Objects::nonNull)
            .findFirst().orElse(null);
    }
}
