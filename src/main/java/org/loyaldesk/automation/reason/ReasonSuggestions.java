package org.loyaldesk.automation.reason;

import org.loyaldesk.conversation.ConversationWork;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** Suggestions agents answer: accepting one sets the reason as the agent's own choice, which the classifier learns. */
@Component
public class ReasonSuggestions {

    private final ReasonReadings readings;
    private final ConversationWork work;

    ReasonSuggestions(ReasonReadings readings, ConversationWork work) {
        this.readings = readings;
        this.work = work;
    }

    public void accept(long conversationId) {
        ReasonReading reading = readings.find(conversationId)
            .orElseThrow(() -> new NotFoundException("Contact reason suggestion", conversationId));
        work.classify(conversationId, reading.reason());
    }
}
