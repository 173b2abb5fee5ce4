package org.loyaldesk.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A person who answers customers. Logs in with email and password. */
@Table("identity_agent")
public class Agent {

    @Id
    private Long id;
    private String email;
    private String name;
    private String passwordHash;
    private Role role;
    private Long teamId;
    private String locale;
    private boolean active;
    private final Instant createdAt;

    @PersistenceCreator
    Agent(Long id, String email, String name, String passwordHash, Role role, Long teamId, String locale,
          boolean active, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teamId = teamId;
        this.locale = locale;
        this.active = active;
        this.createdAt = createdAt;
    }

    public static Agent create(String email, String name, String passwordHash, Role role, Long teamId, Instant now) {
        return new Agent(null, email.trim().toLowerCase(), name.trim(), passwordHash, role, teamId, null, true, now);
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void joinTeam(Long teamId) {
        this.teamId = teamId;
    }

    void rename(String name) {
        this.name = name.trim();
    }

    void changeEmail(String email) {
        this.email = email.trim().toLowerCase();
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A deactivated agent keeps their name on past work but can no longer log in or act through a token. */
    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long teamId() {
        return teamId;
    }

    public String locale() {
        return locale;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AgentSummary summary() {
        return new AgentSummary(id, name, email, role, teamId);
    }
}
