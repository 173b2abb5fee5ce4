package org.loyaldesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Files what a crash (or a failure) left between storing a visitor's line in a handed-over chat and filing it as a
 * message, including a chat whose conversation was never made. Filing is idempotent, so a line the request itself
 * filed meanwhile is not filed twice.
 */
@Component
class UnfiledLines {

    private static final Logger log = LoggerFactory.getLogger(UnfiledLines.class);
    private static final Duration SWEEP_AFTER = Duration.ofSeconds(20);

    private final ChatLines lines;
    private final ChatSessions sessions;
    private final ChatVisitors visitors;
    private final HandOver handOver;
    private final Clock clock;

    UnfiledLines(ChatLines lines, ChatSessions sessions, ChatVisitors visitors, HandOver handOver, Clock clock) {
        this.lines = lines;
        this.sessions = sessions;
        this.visitors = visitors;
        this.handOver = handOver;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void sweep() {
        Set<Long> chats = new LinkedHashSet<>();
        lines.unfiled(clock.instant().minus(SWEEP_AFTER), 100).forEach(line -> chats.add(line.sessionId()));
        for (long chat : chats) {
            ChatSession session = sessions.byId(chat);
            try {
                ChatVisitors.Visitor visitor = visitors.byId(session.visitorId());
                handOver.fileUnfiled(session, handOver.known(visitor, session.language()), null);
            } catch (RuntimeException e) {
                log.warn("Lines of chat {} could not be filed yet: {}", chat, e.getMessage());
            }
        }
    }
}
