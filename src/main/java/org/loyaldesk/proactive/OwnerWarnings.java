package org.loyaldesk.proactive;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.loyaldesk.channel.OutboundMail;
import org.loyaldesk.customer.ProductOwners;
import org.loyaldesk.customer.ProductOwners.Owner;
import org.loyaldesk.platform.Language;
import org.loyaldesk.platform.RandomTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import static org.loyaldesk.proactive.ComplaintLog.utc;

/**
 * Mails the notice to every owner of an incident's products who has not written to us since it began, once.
 * Each owner's row is committed before their mail goes: a row already there means warned (or being warned),
 * so a second run, a restart halfway or a second node never mails anyone twice. A row left {@code sending} by
 * a crash is not sent again: we cannot know whether the mail left, and a missed warning costs less than a
 * double one. A mail the server refused is tried again by the next run.
 */
@Component
class OwnerWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerWarnings.class);
    private static final int PAGE = 500;

    /** What became of one owner. */
    enum Status { SENDING, SENT, THROTTLED, UNDELIVERABLE, FAILED, NOT_CONFIGURED, OPTED_OUT, CONTACTED, NO_ADDRESS }

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final ProductOwners owners;
    private final ComplaintLog log;
    private final OptOuts optOuts;
    private final WarningMail mail;
    private final OutboundMail outbound;
    private final Clock clock;
    private final long pauseNanos;

    OwnerWarnings(JdbcClient jdbc, Incidents incidents, ProductOwners owners, ComplaintLog log, OptOuts optOuts,
                  WarningMail mail, OutboundMail outbound, Clock clock,
                  @Value("${loyaldesk.proactive.warnings-per-second:20}") int perSecond) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.owners = owners;
        this.log = log;
        this.optOuts = optOuts;
        this.mail = mail;
        this.outbound = outbound;
        this.clock = clock;
        this.pauseNanos = 1_000_000_000L / Math.max(1, perSecond);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OwnersToWarn event) {
        warn(event.incidentId());
    }

    void warn(long incidentId) {
        Optional<Incident> found = incidents.find(incidentId);
        if (found.isEmpty() || !found.get().isOpen() || found.get().skus().isEmpty()) {
            finish(incidentId);
            return;
        }
        Incident incident = found.get();
        Instant since = incident.firstComplaintAt() != null ? incident.firstComplaintAt()
            : incident.declaredAt().minus(IncidentLinks.LOOK_BACK);
        long after = 0;
        long lastSend = 0;
        for (var page = owners.owners(incident.skus(), after, PAGE); !page.isEmpty();
             page = owners.owners(incident.skus(), after, PAGE)) {
            for (Owner owner : page) {
                after = owner.customerId();
                Status skipped = skipped(owner, since);
                if (skipped != null) {
                    claim(incidentId, owner, skipped, null);
                    continue;
                }
                String token = RandomTokens.newToken();
                if (!claim(incidentId, owner, Status.SENDING, token)) {
                    continue;
                }
                lastSend = pace(lastSend);
                Status outcome = send(incident, owner, token);
                jdbc.sql("UPDATE proactive_warning SET status = ?, at = ? WHERE incident_id = ? AND customer_id = ?")
                    .params(outcome.name(), utc(clock.instant()), incidentId, owner.customerId()).update();
            }
            if (!incidents.find(incidentId).map(Incident::isOpen).orElse(false)) {
                break; // resolved while warning: the rest need no warning any more
            }
        }
        finish(incidentId);
    }

    private Status skipped(Owner owner, Instant since) {
        if (optOuts.optedOut(owner.customerId())) {
            return Status.OPTED_OUT;
        }
        if (log.contactedSince(owner.customerId(), since)) {
            return Status.CONTACTED;
        }
        return owner.email() == null ? Status.NO_ADDRESS : null;
    }

    private Status send(Incident incident, Owner owner, String token) {
        try {
            Language language = owner.language() == null ? Language.EN : owner.language();
            return switch (outbound.send(mail.to(owner.email(), owner.name(), incident, language, token))) {
                case SENT -> Status.SENT;
                case THROTTLED -> Status.THROTTLED;
                case UNDELIVERABLE -> Status.UNDELIVERABLE;
                case NOT_CONFIGURED -> Status.NOT_CONFIGURED;
                case FAILED -> Status.FAILED;
            };
        } catch (RuntimeException e) {
            LOG.warn("Warning customer {} about incident {} failed", owner.customerId(), incident.id(), e);
            return Status.FAILED;
        }
    }

    /**
     * Writes the owner's row before anything is sent. A mail that failed or had no server to go to is claimed
     * again; any other row means this owner was dealt with.
     */
    private boolean claim(long incidentId, Owner owner, Status status, String token) {
        String language = (owner.language() == null ? Language.EN : owner.language()).code();
        String storedToken = token != null ? token : RandomTokens.newToken();
        try {
            jdbc.sql("INSERT INTO proactive_warning (incident_id, customer_id, status, language, opt_out_token, at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(incidentId, owner.customerId(), status.name(), language, storedToken, utc(clock.instant()))
                .update();
            return true;
        } catch (DuplicateKeyException dealtWith) {
            return status == Status.SENDING && jdbc.sql("UPDATE proactive_warning SET status = 'SENDING', "
                    + "opt_out_token = ?, at = ? WHERE incident_id = ? AND customer_id = ? "
                    + "AND status IN ('FAILED', 'NOT_CONFIGURED')")
                .params(token, utc(clock.instant()), incidentId, owner.customerId()).update() == 1;
        }
    }

    /** Keeps to the configured rate, so a mail server's limits and the customers' inboxes are spared a burst. */
    private long pace(long lastSend) {
        long wait = lastSend + pauseNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return System.nanoTime();
    }

    private void finish(long incidentId) {
        jdbc.sql("UPDATE proactive_incident SET warn_finished_at = ? WHERE id = ?").params(utc(clock.instant()), incidentId)
            .update();
    }
}
