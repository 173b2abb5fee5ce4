package org.loyaldesk.conversation.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.loyaldesk.conversation.AgentsAtWork;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open Server-Sent-Event streams of agents' screens, per topic ("inbox", "conversation-42").
 * A push only says what changed; the page then fetches the fresh fragment itself, so what an
 * agent sees is always rendered in their language and with their permissions.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final AgentsAtWork atWork;
    private volatile boolean running;

    LiveUpdates(AgentsAtWork atWork) {
        this.atWork = atWork;
    }

    /** A stream of an agent's screen; while it is open the agent counts as at work. */
    SseEmitter subscribe(String topic, long agentId) {
        atWork.screenOpened(agentId);
        AtomicBoolean closed = new AtomicBoolean();
        return subscribe(topic, () -> {
            if (closed.compareAndSet(false, true)) {
                atWork.screenClosed(agentId);
            }
        });
    }

    SseEmitter subscribe(String topic) {
        return subscribe(topic, () -> { });
    }

    private SseEmitter subscribe(String topic, Runnable onEnd) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        List<SseEmitter> subscribers = streams.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>());
        subscribers.add(emitter);
        Runnable remove = () -> {
            subscribers.remove(emitter);
            onEnd.run();
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(topic, emitter, SseEmitter.event().name("ready").data("ok"));
        return emitter;
    }

    void push(String topic, String event) {
        for (SseEmitter emitter : streams.getOrDefault(topic, List.of())) {
            send(topic, emitter, SseEmitter.event().name(event).data(event));
        }
    }

    /** A comment line every 20 s finds streams whose browser is gone, and keeps proxies from closing idle ones. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        streams.forEach((topic, emitters) -> emitters.forEach(emitter ->
            send(topic, emitter, SseEmitter.event().comment("keep-alive"))));
    }

    int subscribers(String topic) {
        return streams.getOrDefault(topic, List.of()).size();
    }

    private void send(String topic, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            streams.getOrDefault(topic, List.of()).remove(emitter);
            try {
                emitter.complete(); // runs the completion callback, so the agent stops counting as at work
            } catch (IllegalStateException alreadyComplete) {
                // nothing left to end
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Streams never finish by themselves; ending them first lets a graceful shutdown finish the
     * real requests instead of waiting for open screens. Browsers reconnect to the next node.
     */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        streams.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static String conversation(long id) {
        return "conversation-" + id;
    }
}
