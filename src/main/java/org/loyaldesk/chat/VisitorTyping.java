package org.loyaldesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.conversation.spi.PanelChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether a visitor is typing, for the chat panel beside the conversation. In memory: it matters for seconds.
 * A widget reports typing every few seconds while keys are pressed; silence for 8 s means it stopped.
 */
@Component
class VisitorTyping {

    private static final Duration TYPING_FOR = Duration.ofSeconds(8);

    private final Map<Long, Instant> typingUntil = new ConcurrentHashMap<>();
    private final Map<Long, Long> conversationOf = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitorTyping(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void report(ChatSession session, boolean typing) {
        boolean before = typing(session.id());
        if (typing) {
            typingUntil.put(session.id(), clock.instant().plus(TYPING_FOR));
            if (session.conversationId() != null) {
                conversationOf.put(session.id(), session.conversationId());
            }
        } else {
            typingUntil.remove(session.id());
            conversationOf.remove(session.id());
        }
        if (before != typing) {
            changed(session);
        }
    }

    /** The visitor sent what they typed. */
    void stopped(ChatSession session) {
        conversationOf.remove(session.id());
        if (typingUntil.remove(session.id()) != null) {
            changed(session);
        }
    }

    boolean typing(long sessionId) {
        Instant until = typingUntil.get(sessionId);
        return until != null && until.isAfter(clock.instant());
    }

    /** The chat panel shows something new: open conversation pages fetch it again. */
    void changed(ChatSession session) {
        if (session.conversationId() != null) {
            events.publishEvent(new PanelChanged(session.conversationId()));
        }
    }

    @Scheduled(fixedDelay = 4_000)
    void forgetStopped() {
        Instant now = clock.instant();
        typingUntil.forEach((sessionId, until) -> {
            if (!until.isAfter(now) && typingUntil.remove(sessionId, until)) {
                Long conversationId = conversationOf.remove(sessionId);
                if (conversationId != null) {
                    events.publishEvent(new PanelChanged(conversationId));
                }
            }
        });
    }
}
