package org.loyaldesk.chat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open widget streams, per visitor (a visitor may have the shop open in two tabs). A stream starts with
 * where the chat stands and every line after the last one the widget saw; lines are pushed as they are stored.
 * Each stream sends one event at a time, so a line pushed while the missed ones are replayed comes after them;
 * one that is both replayed and pushed carries the same id, and the widget shows it once.
 */
@Component
class ChatStreams implements SmartLifecycle {

    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final int STREAMS_PER_VISITOR = 5;

    private final Map<Long, List<Stream>> byVisitor = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean running;

    /**
     * A stream of one widget.
     *
     * @param render turns a line into the JSON the widget reads, with links on the host it connected to
     */
    final class Stream {

        private final long visitorId;
        private final SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        private final Function<ChatLine, Object> render;

        private Stream(long visitorId, Function<ChatLine, Object> render) {
            this.visitorId = visitorId;
            this.render = render;
        }

        synchronized void line(ChatLine line) {
            send(SseEmitter.event().id(Long.toString(line.id())).name("line").data(render.apply(line)));
        }

        synchronized void event(String name, Object data) {
            send(SseEmitter.event().name(name).data(data));
        }

        synchronized void comment(String text) {
            send(SseEmitter.event().comment(text));
        }

        SseEmitter emitter() {
            return emitter;
        }

        /** Ends a stream that never reached its widget. */
        void end() {
            close();
            emitter.complete();
        }

        private void send(SseEmitter.SseEventBuilder event) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                close();
                try {
                    emitter.complete();
                } catch (IllegalStateException alreadyComplete) {
                    // nothing left to end
                }
            }
        }

        private void close() {
            List<Stream> streams = byVisitor.get(visitorId);
            if (streams != null && streams.remove(this)) {
                open.decrementAndGet();
            }
        }
    }

    /**
     * A stream registered before the caller replays what was missed, so that nothing stored meanwhile is lost.
     * A visitor has a few tabs open at most; beyond that the oldest stream is ended, so that a script cannot
     * hold thousands of connections with one visitor.
     */
    Stream open(long visitorId, Function<ChatLine, Object> render) {
        Stream stream = new Stream(visitorId, render);
        // added inside compute, so that the heartbeat's cleanup cannot drop the list in between
        List<Stream> streams = byVisitor.compute(visitorId, (id, existing) -> {
            List<Stream> list = existing == null ? new CopyOnWriteArrayList<>() : existing;
            list.add(stream);
            return list;
        });
        while (streams.size() > STREAMS_PER_VISITOR) {
            Stream oldest = streams.getFirst();
            oldest.close();
            oldest.emitter.complete();
        }
        open.incrementAndGet();
        stream.emitter.onCompletion(stream::close);
        stream.emitter.onTimeout(stream::close);
        stream.emitter.onError(error -> stream.close());
        return stream;
    }

    void line(ChatLine line) {
        byVisitor.getOrDefault(line.visitorId(), List.of()).forEach(stream -> stream.line(line));
    }

    void event(long visitorId, String name, Object data) {
        byVisitor.getOrDefault(visitorId, List.of()).forEach(stream -> stream.event(name, data));
    }

    boolean connected(long visitorId) {
        return !byVisitor.getOrDefault(visitorId, List.of()).isEmpty();
    }

    int openStreams() {
        return open.get();
    }

    /** A comment every 20 s finds widgets that are gone, and keeps proxies from closing quiet streams. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        byVisitor.values().forEach(streams -> streams.forEach(stream -> stream.comment("keep-alive")));
        byVisitor.keySet().forEach(visitorId -> byVisitor.computeIfPresent(visitorId,
            (id, streams) -> streams.isEmpty() ? null : streams));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends the streams first on shutdown, so that the widgets reconnect (to this node restarted, or another). */
    @Override
    public void stop() {
        running = false;
        byVisitor.values().forEach(streams -> streams.forEach(stream -> stream.emitter.complete()));
        byVisitor.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
