package org.loyaldesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The agents who have a workspace screen open right now (each open inbox or conversation page keeps a live
 * stream). A chat goes to a person only when someone is there to answer it; otherwise it continues by email.
 * Counted per node: with several nodes behind a load balancer each node knows the screens it serves.
 */
@Component
public class AgentsAtWork {

    private final Map<Long, Integer> openScreens = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastScreenClosed = new ConcurrentHashMap<>();
    private final Clock clock;

    AgentsAtWork(Clock clock) {
        this.clock = clock;
    }

    /** Called by the workspace when a screen of this agent starts its live stream. */
    public void screenOpened(long agentId) {
        openScreens.merge(agentId, 1, Integer::sum);
    }

    /** Called when that stream ends: the page was closed, the browser went away or the stream timed out. */
    public void screenClosed(long agentId) {
        openScreens.computeIfPresent(agentId, (id, screens) -> screens > 1 ? screens - 1 : null);
        lastScreenClosed.put(agentId, clock.instant());
    }

    public boolean anyone() {
        return !openScreens.isEmpty();
    }

    public int count() {
        return openScreens.size();
    }

    public boolean isAtWork(long agentId) {
        return openScreens.containsKey(agentId);
    }

    /**
     * When this agent's last screen closed, if one closed since this node started: how long they have been away
     * decides whether routing still counts them as online (a page reload closes a stream for a moment).
     */
    public Optional<Instant> lastSeen(long agentId) {
        return isAtWork(agentId) ? Optional.of(clock.instant()) : Optional.ofNullable(lastScreenClosed.get(agentId));
    }
}
