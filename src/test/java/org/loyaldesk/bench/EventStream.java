package org.loyaldesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

/**
 * One Server-Sent-Events stream held open without a thread of its own: the HTTP client hands it lines as they
 * arrive, and each event is kept with the moment it was complete, so that a load driver can ask when the first
 * event of a kind arrived after it did something.
 */
final class EventStream implements Flow.Subscriber<String> {

    /** An event as it arrived: its name, SSE id, data, and {@link System#nanoTime()} when its blank line came. */
    record Event(String name, String id, String data, long at) {
    }

    private final List<Event> events = new ArrayList<>();
    private String name;
    private String id;
    private final StringBuilder data = new StringBuilder();
    private volatile int status;
    private volatile boolean ended;

    /** Opens the stream; returns at once, the events arrive on the client's threads. */
    static EventStream open(HttpClient http, String url) {
        EventStream stream = new EventStream();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET().build();
        http.sendAsync(request, info -> {
            stream.status = info.statusCode();
            return HttpResponse.BodySubscribers.fromLineSubscriber(stream);
        }).whenComplete((response, error) -> stream.end());
        return stream;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (line.isEmpty()) {
            if (data.length() > 0) {
                Event event = new Event(name == null ? "message" : name, id, data.toString(), System.nanoTime());
                synchronized (this) {
                    events.add(event);
                    notifyAll();
                }
            }
            name = null;
            id = null;
            data.setLength(0);
        } else if (line.startsWith("data:")) {
            data.append(line.substring(5));
        } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
        } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
        }
        // ":" lines are the server's keep-alive comments
    }

    @Override
    public void onError(Throwable throwable) {
        end();
    }

    @Override
    public void onComplete() {
        end();
    }

    private synchronized void end() {
        ended = true;
        notifyAll();
    }

    int status() {
        return status;
    }

    boolean ended() {
        return ended;
    }

    synchronized int count(Predicate<Event> wanted) {
        return (int) events.stream().filter(wanted).count();
    }

    /**
     * When the first wanted event arrived at or after {@code since} (a nanoTime), waiting for it up to
     * {@code timeout}; -1 when none came in time or the stream ended.
     */
    synchronized long firstAfter(long since, Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < events.size(); checked++) {
                Event event = events.get(checked);
                if (event.at() >= since && wanted.test(event)) {
                    return event.at();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                return -1;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
