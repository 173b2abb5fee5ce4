package org.loyaldesk.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where asynchronous event listeners run: reading a message's text, scoring a conversation,
 * indexing it for search. That work is CPU-bound, and virtual threads are not preempted: a burst
 * of mail spawned thousands of listener threads that held the two carrier threads, so that
 * requests (which also run on virtual threads) and mailbox fetches waited until the burst was
 * read. On a small pool of platform threads the listeners queue, the operating system shares the
 * CPU with requests, and at most this many database connections are taken by listeners.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads {

    private static final int THREADS = 4;

    @Bean(name = { "applicationTaskExecutor", "taskExecutor" })
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setThreadNamePrefix("event-");
        return executor;
    }
}
