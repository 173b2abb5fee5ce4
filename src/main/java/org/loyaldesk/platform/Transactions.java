package org.loyaldesk.platform;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a transaction and runs it again when a concurrent writer won the race. For work
 * that only appends (a message, a reply, a note): both writes are kept, neither is lost. And for
 * a change that was not based on a version the caller saw (a contact reason, a status set by an
 * integration without If-Match): it is applied to the latest version, so that an unrelated
 * change at the same moment (the system raising the priority of an angry message) does not turn
 * it into a conflict. A change based on a stale version must check that version inside the work,
 * so that the retry reports the conflict instead of silently winning.
 */
@Component
public class Transactions {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    public <T> T appending(Supplier<T> work) {
        return retryingLostRaces(work);
    }

    /** A change applied to whatever the latest version is; see the class comment. */
    public <T> T onLatest(Supplier<T> work) {
        return retryingLostRaces(work);
    }

    private <T> T retryingLostRaces(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Spring Data JDBC wraps the database's answer, so the cause chain is searched. A deadlock victim
     * or a lock wait that timed out is a lost race too: the database rolled the whole work back, so
     * running it again keeps both writes (many mails continuing one conversation at once).
     */
    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException
                || cause instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
