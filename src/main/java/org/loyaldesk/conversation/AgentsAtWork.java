package org.loyaldesk.conversation;

import java.util.Map;
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

    /** Called by the workspace when a screen of this agent starts its live stream. */
    public void screenOpened(long agentId) {
        openScreens.merge(agentId, 1, Integer::sum);
    }

    /** Called when that stream ends: the page was closed, the browser went away or the stream timed out. */
    public void screenClosed(long agentId) {
        openScreens.computeIfPresent(agentId, (id, screens) -> screens > 1 ? screens - 1 : null);
    }

    public boolean anyone() {
        return !openScreens.isEmpty();
    }

    public int count() {
        return openScreens.size();
    }
}
