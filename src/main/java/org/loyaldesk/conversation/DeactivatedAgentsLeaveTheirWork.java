package org.loyaldesk.conversation;

import org.loyaldesk.identity.AgentDeactivated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** An agent who was deactivated answers nobody any more: their open conversations go back to a queue. */
@Component
class DeactivatedAgentsLeaveTheirWork {

    private static final Logger log = LoggerFactory.getLogger(DeactivatedAgentsLeaveTheirWork.class);

    private final ConversationWork work;

    DeactivatedAgentsLeaveTheirWork(ConversationWork work) {
        this.work = work;
    }

    // each conversation moves in a transaction of its own (ConversationWork.releaseFrom)
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgentDeactivated deactivated) {
        int moved = work.releaseFrom(deactivated.agentId(), deactivated.name(), deactivated.teamId());
        log.info("Agent {} was deactivated: {} open conversations went back to the queue", deactivated.agentId(), moved);
    }
}
