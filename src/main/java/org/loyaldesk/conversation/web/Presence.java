package org.loyaldesk.conversation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.loyaldesk.conversation.ConversationWatched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which agents have a conversation open and who is typing in it, so two people don't answer
 * the same customer at once. Screens report every few seconds; silence for 25 s means gone.
 */
@Component
class Presence {

    private static final Duration STALE = Duration.ofSeconds(25);
    private static final Duration TYPING_FOR = Duration.ofSeconds(6);

    private final Map<Long, Map<Long, Seen>> byConversation = new ConcurrentHashMap<>();
    private final LiveUpdates live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Presence(LiveUpdates live, ApplicationEventPublisher events, Clock clock) {
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    record Seen(long agentId, String name, Instant lastSeen, Instant typingUntil) {
        boolean typing(Instant now) {
            return typingUntil != null && typingUntil.isAfter(now);
        }
    }

    record Colleague(String name, boolean typing) {
    }

    void report(long conversationId, long agentId, String name, boolean typing) {
        Instant now = clock.instant();
        Map<Long, Seen> seen = byConversation.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>());
        Seen before = seen.get(agentId);
        Instant typingUntil = typing ? now.plus(TYPING_FOR) : before == null ? null : before.typingUntil();
        seen.put(agentId, new Seen(agentId, name, now, typingUntil));
        if (before == null || before.typing(now) != typing) {
            live.push(LiveUpdates.conversation(conversationId), "presence");
        }
        events.publishEvent(new ConversationWatched(conversationId, agentId, name, typing));
    }

    void leave(long conversationId, long agentId) {
        Map<Long, Seen> seen = byConversation.get(conversationId);
        if (seen != null && seen.remove(agentId) != null) {
            live.push(LiveUpdates.conversation(conversationId), "presence");
        }
    }

    /** Everyone else on this conversation right now. */
    List<Colleague> others(long conversationId, long agentId) {
        Instant now = clock.instant();
        return byConversation.getOrDefault(conversationId, Map.of()).values().stream()
            .filter(seen -> seen.agentId() != agentId && seen.lastSeen().plus(STALE).isAfter(now))
            .sorted(Comparator.comparing(Seen::name))
            .map(seen -> new Colleague(seen.name(), seen.typing(now)))
            .toList();
    }

    @Scheduled(fixedDelay = 5_000)
    void forgetStale() {
        Instant now = clock.instant();
        byConversation.forEach((conversationId, seen) -> {
            boolean changed = seen.values().removeIf(s -> s.lastSeen().plus(STALE).isBefore(now))
                | seen.values().stream().anyMatch(s -> s.typingUntil() != null && !s.typing(now)
                    && s.typingUntil().isAfter(now.minusSeconds(5)));
            if (changed) {
                live.push(LiveUpdates.conversation(conversationId), "presence");
            }
        });
        byConversation.values().removeIf(Map::isEmpty);
    }
}
