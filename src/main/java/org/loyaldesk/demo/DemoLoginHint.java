package org.loyaldesk.demo;

import org.loyaldesk.identity.AgentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On every start of a demo installation, says how to log in. */
@Component
class DemoLoginHint {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginHint.class);

    private final AgentDirectory directory;

    DemoLoginHint(AgentDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (directory.agentByEmail(DemoStaff.AGENT_LOGIN).isPresent()) {
            log.info("Demo login: {} / {} (agent), {} / {} (admin)", DemoStaff.AGENT_LOGIN, DemoStaff.PASSWORD,
                DemoStaff.ADMIN_LOGIN, DemoStaff.PASSWORD);
        }
    }
}
