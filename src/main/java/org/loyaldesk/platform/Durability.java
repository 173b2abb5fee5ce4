package org.loyaldesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure what was just committed is on disk before a sender is told it is safe (an HTTP 2xx, an
 * IMAP flag). PostgreSQL does that at commit. The embedded H2 writes commits in the background, so
 * here one CHECKPOINT flushes the commits of all requests waiting at that moment: a group commit,
 * durable like a flush per commit but paid once per group instead of once per message.
 */
@Component
public class Durability {

    private final JdbcTemplate jdbc;
    private final boolean embedded;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private long requested;
    private long done;
    private boolean flushing;

    Durability(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            this.embedded = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:~");
        }
    }

    /** Returns once every transaction this thread committed before the call is on disk. */
    public void awaitCommitted() {
        if (!embedded) {
            return;
        }
        lock.lock();
        try {
            long mine = ++requested;
            while (done < mine) {
                if (!flushing) {
                    flushing = true;
                    long covers = requested;
                    lock.unlock();
                    try {
                        jdbc.execute("CHECKPOINT");
                    } finally {
                        lock.lock();
                        flushing = false;
                        done = Math.max(done, covers);
                        flushed.signalAll();
                    }
                } else {
                    flushed.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
