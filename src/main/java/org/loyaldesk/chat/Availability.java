package org.loyaldesk.chat;

import java.time.Clock;

import org.loyaldesk.conversation.AgentsAtWork;
import org.loyaldesk.platform.WorkingHours;
import org.springframework.stereotype.Component;

/**
 * Whether a person can answer a chat now: someone has the workspace open, within business hours (or at any
 * hour, when the team chose to chat whenever someone is there). Otherwise the widget asks for an email address.
 */
@Component
class Availability {

    private final AgentsAtWork atWork;
    private final WorkingHours hours;
    private final ChatProperties properties;
    private final Clock clock;

    Availability(AgentsAtWork atWork, WorkingHours hours, ChatProperties properties, Clock clock) {
        this.atWork = atWork;
        this.hours = hours;
        this.properties = properties;
        this.clock = clock;
    }

    boolean someoneCanAnswer() {
        return atWork.anyone() && (properties.liveOutsideBusinessHours() || hours.current().openAt(clock.instant()));
    }
}
