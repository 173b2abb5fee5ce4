package org.loyaldesk.automation.sla;

import java.time.Duration;

import org.loyaldesk.conversation.Priority;
import org.loyaldesk.platform.Channel;

/**
 * The targets for conversations of one priority, on one channel or (channel null) on any channel without a
 * policy of its own. A target left out (null) is not measured.
 */
public record SlaPolicy(Long id, Priority priority, Channel channel, Duration firstReply, Duration nextReply,
                        Duration resolution) {

    /** Targets are whole minutes, at most a year of business time. */
    static final long MAX_MINUTES = 366L * 24 * 60;

    public SlaPolicy {
        for (Duration target : new Duration[] { firstReply, nextReply, resolution }) {
            if (target != null && (target.toMinutes() < 1 || target.toMinutes() > MAX_MINUTES)) {
                throw new IllegalArgumentException("A target is between 1 minute and " + MAX_MINUTES + " minutes");
            }
        }
        if (firstReply == null && nextReply == null && resolution == null) {
            throw new IllegalArgumentException("A policy needs at least one target");
        }
    }

    Duration target(SlaTarget target) {
        return switch (target) {
            case FIRST_REPLY -> firstReply;
            case NEXT_REPLY -> nextReply;
            case RESOLUTION -> resolution;
        };
    }

    public Long firstReplyMinutes() {
        return firstReply == null ? null : firstReply.toMinutes();
    }

    public Long nextReplyMinutes() {
        return nextReply == null ? null : nextReply.toMinutes();
    }

    public Long resolutionMinutes() {
        return resolution == null ? null : resolution.toMinutes();
    }
}
