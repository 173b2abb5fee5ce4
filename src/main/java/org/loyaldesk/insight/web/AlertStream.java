package org.loyaldesk.insight.web;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Role;
import org.loyaldesk.insight.LeadAlerts;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The stream of anger alerts every page of a lead or admin listens to. */
@Controller
@PreAuthorize("hasRole('LEAD')")
class AlertStream {

    private final LeadAlerts alerts;
    private final AgentDirectory directory;

    AlertStream(LeadAlerts alerts, AgentDirectory directory) {
        this.alerts = alerts;
        this.directory = directory;
    }

    @GetMapping(path = "/insight/alerts", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter alerts() {
        Actor actor = CurrentActor.get();
        AgentSummary agent = directory.agent(actor.id()).orElseThrow();
        return alerts.subscribe(agent.teamId(), agent.role() == Role.ADMIN);
    }
}
