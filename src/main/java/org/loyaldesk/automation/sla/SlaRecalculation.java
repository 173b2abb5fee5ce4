package org.loyaldesk.automation.sla;

import java.util.concurrent.atomic.AtomicBoolean;

import org.loyaldesk.platform.WorkingHoursChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a policy, calendar or setting changed (or the instance's business hours, the calendar of every team without
 * one of its own), every open conversation's due time is recomputed in the background
 * (100,000 of them take a while); changes made while one runs are picked up by one more run.
 */
@Component
public class SlaRecalculation {

    private static final Logger LOG = LoggerFactory.getLogger(SlaRecalculation.class);

    private final DueTimes dueTimes;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    SlaRecalculation(DueTimes dueTimes) {
        this.dueTimes = dueTimes;
    }

    public void soon() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            Thread.ofVirtual().name("sla-recalculation").start(this::run);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkingHoursChanged changed) {
        soon();
    }

    /** Now, in the caller's thread; returns how many open conversations were recomputed. */
    public int now() {
        return dueTimes.recomputeAllOpen();
    }

    private void run() {
        try {
            while (again.getAndSet(false)) {
                long started = System.nanoTime();
                int count = dueTimes.recomputeAllOpen();
                LOG.info("SLA due times recomputed for {} open conversations in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("SLA recalculation stopped; the next change or event continues it", e);
        } finally {
            running.set(false);
        }
    }
}
