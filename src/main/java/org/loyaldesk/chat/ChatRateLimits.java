package org.loyaldesk.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How much one visitor and one IP address may send. Counted in memory per node, in fixed windows: a chat is
 * one conversation at human speed, so the limits are far above what a person types and far below what a
 * script on a hostile page would send. A refused request is not counted.
 */
@Component
class ChatRateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    /** A widget reports typing at most every 3 s and reads as lines arrive: a person stays far below this. */
    private static final int ACTIONS_PER_MINUTE = 120;
    /** Page loads and reconnects of everyone behind one address; a widget reconnects with growing pauses. */
    private static final int STREAMS_PER_IP_PER_MINUTE = 120;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final ChatProperties properties;
    private final Clock clock;

    ChatRateLimits(ChatProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Window(long start, int count) {
    }

    /** A message or file from this visitor, from this address. */
    void message(long visitorId, String ip) {
        long now = clock.millis();
        if (full("visitor:" + visitorId, MINUTE, properties.messagesPerMinute(), now)
            || full("ip:" + network(ip), MINUTE, properties.messagesPerIpPerMinute(), now)) {
            throw ChatRefusal.tooMany("Too many messages in a minute; wait a moment");
        }
        count("visitor:" + visitorId, MINUTE, now);
        count("ip:" + network(ip), MINUTE, now);
    }

    /** A widget stream opened from this address: each holds a connection and replays the chat. */
    void stream(String ip) {
        long now = clock.millis();
        if (full("stream:" + network(ip), MINUTE, STREAMS_PER_IP_PER_MINUTE, now)) {
            throw ChatRefusal.tooMany("Too many chat connections from this address; wait a moment");
        }
        count("stream:" + network(ip), MINUTE, now);
    }

    /**
     * Whose limit a request counts against: an IPv4 address, or an IPv6 address's /64, which one household or
     * one attacker has whole (counting single IPv6 addresses would let anyone step around every limit).
     */
    static String network(String ip) {
        if (ip == null || !ip.contains(":")) {
            return String.valueOf(ip);
        }
        try {
            byte[] address = java.net.InetAddress.getByName(ip).getAddress();
            return java.util.HexFormat.of().formatHex(address, 0, Math.min(8, address.length)) + "/64";
        } catch (java.net.UnknownHostException e) {
            return ip;
        }
    }

    /** Anything else a visitor does (typing, read marks, answers): each one reaches the agents' screens. */
    void action(long visitorId) {
        long now = clock.millis();
        if (full("action:" + visitorId, MINUTE, ACTIONS_PER_MINUTE, now)) {
            throw ChatRefusal.tooMany("Too many requests in a minute; wait a moment");
        }
        count("action:" + visitorId, MINUTE, now);
    }

    /** A new visitor from this address. */
    void newVisitor(String ip) {
        long now = clock.millis();
        if (full("new:" + network(ip), HOUR, properties.visitorsPerIpPerHour(), now)) {
            throw ChatRefusal.tooMany("Too many new chats from this address in an hour");
        }
        count("new:" + network(ip), HOUR, now);
    }

    private boolean full(String key, Duration length, int limit, long now) {
        Window window = windows.get(key);
        return window != null && now - window.start() < length.toMillis() && window.count() >= limit;
    }

    private void count(String key, Duration length, long now) {
        windows.merge(key, new Window(now, 1), (before, one) ->
            now - before.start() < length.toMillis() ? new Window(before.start(), before.count() + 1) : one);
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetOld() {
        long now = clock.millis();
        windows.values().removeIf(window -> now - window.start() > HOUR.toMillis());
    }
}
