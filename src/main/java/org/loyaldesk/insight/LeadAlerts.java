package org.loyaldesk.insight;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages of team leads and admins, who get anger alerts as Server-Sent Events: a lead
 * sees the alerts of their own team and of conversations without a team; an admin sees all.
 * Alerts that nobody's page was open for are not kept: the at-risk view keeps the conversation.
 */
@Component
public class LeadAlerts implements SmartLifecycle {

    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private record Subscriber(SseEmitter emitter, Long teamId, boolean admin) {
        boolean wants(Long alertTeamId) {
            return admin || alertTeamId == null || alertTeamId.equals(teamId);
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public SseEmitter subscribe(Long teamId, boolean admin) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber subscriber = new Subscriber(emitter, teamId, admin);
        subscribers.add(subscriber);
        Runnable remove = () -> subscribers.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(subscriber, SseEmitter.event().name("ready").data("ok"));
        return emitter;
    }

    /** Returns how many pages got it. */
    int push(AngerAlert alert) {
        return push("anger", alert.teamId(), alert);
    }

    /**
     * Another module's alert for the same pages (an SLA warning): the event name tells the page how to show the
     * JSON payload. Goes to the leads of {@code teamId} (all leads when null) and to admins; returns how many pages
     * got it.
     */
    public int push(String event, Long teamId, Object payload) {
        int reached = 0;
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(teamId) && send(subscriber, SseEmitter.event().name(event)
                .data(payload, MediaType.APPLICATION_JSON))) {
                reached++;
            }
        }
        return reached;
    }

    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("keep-alive")));
    }

    private boolean send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Open streams would hold up a graceful shutdown; browsers reconnect to the next node. */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
