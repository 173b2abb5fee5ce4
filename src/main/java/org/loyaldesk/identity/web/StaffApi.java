package org.loyaldesk.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.IssuedToken;
import org.loyaldesk.identity.Role;
import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.identity.Team;
import org.loyaldesk.identity.TokenSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Agents, teams and API tokens over REST; changing them takes the admin role. */
@RestController
@Tag(name = "Agents, teams and tokens")
class StaffApi {

    private final AgentDirectory directory;
    private final StaffAdministration staff;

    StaffApi(AgentDirectory directory, StaffAdministration staff) {
        this.directory = directory;
        this.staff = staff;
    }

    record NewAgent(@NotBlank @Email String email, @NotBlank @Size(max = 200) String name,
                    @NotBlank @Size(min = 10, max = 200) String password, @NotNull Role role, Long teamId) {
    }

    record NewTeam(@NotBlank @Size(max = 100) String name) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name, @NotNull Role role, Long agentId) {
    }

    @GetMapping("/api/v1/agents")
    List<AgentSummary> agents() {
        return directory.agents();
    }

    @GetMapping("/api/v1/teams")
    List<Team> teams() {
        return directory.teams();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/v1/agents")
    ResponseEntity<AgentSummary> createAgent(@Valid @RequestBody NewAgent request) {
        AgentSummary agent = staff.createAgent(request.email(), request.name(), request.password(), request.role(),
            request.teamId());
        return ResponseEntity.created(URI.create("/api/v1/agents/" + agent.id())).body(agent);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/v1/teams")
    ResponseEntity<Team> createTeam(@Valid @RequestBody NewTeam request) {
        Team team = staff.createTeam(request.name());
        return ResponseEntity.created(URI.create("/api/v1/teams/" + team.id())).body(team);
    }

    @GetMapping("/api/v1/tokens")
    List<TokenSummary> tokens() {
        return staff.tokens();
    }

    @Operation(summary = "Issue an API token", description = "The secret is in this answer only; store it now.")
    @PostMapping("/api/v1/tokens")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody NewToken request) {
        IssuedToken token = staff.issueToken(request.name(), request.role(), request.agentId());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        staff.revokeToken(id);
        return ResponseEntity.noContent().build();
    }
}
