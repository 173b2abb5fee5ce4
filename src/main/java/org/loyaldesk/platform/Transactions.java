package org.loyaldesk.platform;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that only appends (a message, a reply, a note) in a transaction and runs it again
 * when a concurrent writer won the race: both writes are kept, neither is lost. Work that
 * overwrites (a status, an assignment) must not use this; it reports the conflict instead.
 */
@Component
public class Transactions {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    public <T> T appending(Supplier<T> work) {
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

    /** Spring Data JDBC wraps the database's answer, so the cause chain is searched. */
    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
