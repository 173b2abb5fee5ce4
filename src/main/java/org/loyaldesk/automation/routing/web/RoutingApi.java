package org.loyaldesk.automation.routing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.automation.routing.AgentAvailability;
import org.loyaldesk.automation.routing.Availability;
import org.loyaldesk.automation.routing.Capacities;
import org.loyaldesk.automation.routing.RoutingRule;
import org.loyaldesk.automation.routing.RoutingRules;
import org.loyaldesk.automation.routing.RoutingSettings;
import org.loyaldesk.automation.routing.RuleInput;
import org.loyaldesk.automation.routing.TeamAssignment;
import org.loyaldesk.automation.routing.TeamRoutings;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Routing for integrations and admins' scripts: rules in order, the settings, team assignment, capacities. */
@RestController
@Tag(name = "Automation: routing")
@PreAuthorize("hasRole('ADMIN')")
class RoutingApi {

    private static final String BASE = "/api/v1/automation/routing";

    private final RoutingRules rules;
    private final RoutingSettings settings;
    private final TeamRoutings teams;
    private final Capacities capacities;
    private final AgentAvailability availability;
    private final AgentDirectory directory;

    RoutingApi(RoutingRules rules, RoutingSettings settings, TeamRoutings teams, Capacities capacities,
               AgentAvailability availability, AgentDirectory directory) {
        this.rules = rules;
        this.settings = settings;
        this.teams = teams;
        this.capacities = capacities;
        this.availability = availability;
        this.directory = directory;
    }

    record NewRule(@NotNull Long teamId, @Size(max = 16) String channel, @Size(max = 2) String language,
                   @Size(max = 64) String contactReason, @Size(max = 64) String product, BigDecimal minCustomerValue,
                   BigDecimal minAnger, Boolean active) {
    }

    record Order(@NotNull @Size(max = 1000) List<Long> ids) {
    }

    record Settings(@NotNull Boolean enabled, Long angerTeamId, @NotNull Integer idleMinutes,
                    @NotNull Integer defaultCapacity) {
    }

    record Assignment(@NotNull @Size(max = 16) String assignment) {
    }

    record Capacity(@NotNull @Size(max = 16) String channel, @NotNull Integer capacity) {
    }

    record Status(@NotNull @Size(max = 16) String status) {
    }

    record AgentStatus(long agentId, String stated, String effective) {
    }

    @Operation(summary = "Routing rules in the order they are tried; the first active match names the team")
    @GetMapping(BASE + "/rules")
    List<RoutingRule> rules() {
        return rules.all();
    }

    @Operation(summary = "Add a routing rule at the end; empty conditions match anything")
    @PostMapping(BASE + "/rules")
    ResponseEntity<RoutingRule> add(@Valid @RequestBody NewRule rule) {
        RoutingRule added = rules.add(new RuleInput(rule.teamId(), rule.channel(), rule.language(), rule.contactReason(),
            rule.product(), rule.minCustomerValue(), rule.minAnger(), rule.active()));
        return ResponseEntity.created(URI.create(BASE + "/rules/" + added.id())).body(added);
    }

    @DeleteMapping(BASE + "/rules/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        rules.remove(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Put the rules in this order (every rule id exactly once)")
    @PutMapping(BASE + "/rules/order")
    List<RoutingRule> reorder(@Valid @RequestBody Order order) {
        rules.reorder(order.ids());
        return rules.all();
    }

    @GetMapping(BASE + "/settings")
    RoutingSettings.Values settings() {
        return settings.current();
    }

    @PutMapping(BASE + "/settings")
    RoutingSettings.Values change(@Valid @RequestBody Settings body) {
        settings.change(new RoutingSettings.Values(body.enabled(), body.angerTeamId(), body.idleMinutes(),
            body.defaultCapacity()));
        return settings.current();
    }

    @Operation(summary = "How a team shares its work: round-robin or least-busy")
    @PutMapping(BASE + "/teams/{teamId}")
    Assignment team(@PathVariable long teamId, @Valid @RequestBody Assignment body) {
        teams.change(teamId, TeamAssignment.fromCode(body.assignment()));
        return new Assignment(teams.assignment(teamId).code());
    }

    @Operation(summary = "How many open conversations an agent takes on a channel")
    @PutMapping(BASE + "/agents/{agentId}/capacity")
    Capacity capacity(@PathVariable long agentId, @Valid @RequestBody Capacity body) {
        Channel channel = Channel.fromCode(body.channel()).orElseThrow(() -> new RuleViolationException(
            "routing-channel", "Channel is one of " + Channel.codes()));
        capacities.change(agentId, channel, body.capacity());
        return new Capacity(channel.code(), capacities.of(agentId, channel));
    }

    @Operation(summary = "An agent's availability: online, away or offline (online also needs a workspace open)")
    @PutMapping(BASE + "/agents/{agentId}/availability")
    AgentStatus availability(@PathVariable long agentId, @Valid @RequestBody Status body) {
        directory.agent(agentId).orElseThrow(() -> new NotFoundException("Agent", agentId));
        availability.state(agentId, Availability.fromCode(body.status()));
        return new AgentStatus(agentId, availability.stated(agentId).code(), availability.effective(agentId).code());
    }
}
