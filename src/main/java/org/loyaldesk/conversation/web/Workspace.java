package org.loyaldesk.conversation.web;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.springframework.stereotype.Component;

/** The agent behind the current browser request, as the workspace needs them. */
@Component
class Workspace {

    private final AgentDirectory directory;

    Workspace(AgentDirectory directory) {
        this.directory = directory;
    }

    record Me(long id, String name, Long teamId) {
    }

    Me me() {
        Actor actor = CurrentActor.get();
        if (!actor.isAgent()) {
            throw new IllegalStateException("The workspace is for agents");
        }
        Long teamId = directory.agent(actor.id()).map(AgentSummary::teamId).orElse(null);
        return new Me(actor.id(), actor.name(), teamId);
    }
}
