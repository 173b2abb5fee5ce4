package org.loyaldesk.automation.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which online agent of a team gets a conversation: only one with room on its channel, then the next in turn
 * (round robin) or the one with the fewest open conversations (least busy; the first in line on a tie).
 */
final class AssignmentPolicy {

    private AssignmentPolicy() {
    }

    /** {@code onChannel}: their open conversations on the new one's channel; {@code open}: on every channel. */
    record Candidate(long agentId, String name, int onChannel, int open, int capacity) {

        boolean hasRoom() {
            return onChannel < capacity;
        }
    }

    static Optional<Candidate> choose(List<Candidate> candidates, TeamAssignment mode, Long lastAgentId) {
        List<Candidate> withRoom = candidates.stream().filter(Candidate::hasRoom)
            .sorted(Comparator.comparingLong(Candidate::agentId)).toList();
        if (withRoom.isEmpty()) {
            return Optional.empty();
        }
        if (mode == TeamAssignment.LEAST_BUSY) {
            return withRoom.stream().min(Comparator.comparingInt(Candidate::open).thenComparingInt(Candidate::onChannel));
        }
        long last = lastAgentId == null ? Long.MIN_VALUE : lastAgentId;
        return withRoom.stream().filter(c -> c.agentId() > last).findFirst().or(() -> Optional.of(withRoom.getFirst()));
    }
}
