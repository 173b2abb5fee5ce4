package org.loyaldesk.automation.macros;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.platform.Actor;
import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.CurrentActor;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who may see and keep which macros: an agent sees the shared ones and their own, and keeps their own; leads and
 * admins keep the shared ones. Another agent's macro is not found rather than forbidden, so none is given away.
 */
@Service
public class MacroBook {

    private final Macros macros;
    private final ContactReasons reasons;
    private final AuditLog audit;
    private final Clock clock;

    MacroBook(Macros macros, ContactReasons reasons, AuditLog audit, Clock clock) {
        this.macros = macros;
        this.reasons = reasons;
        this.audit = audit;
        this.clock = clock;
    }

    /** The macros the current agent or integration may use. */
    public List<Macro> visible() {
        return macros.visibleTo(agentId());
    }

    /** The usable macros, those meant for this contact reason first. */
    public List<Macro> suggestedFor(String contactReason) {
        return visible().stream()
            .sorted(Comparator.comparing((Macro macro) -> contactReason == null
                || !contactReason.equals(macro.suggestFor())))
            .toList();
    }

    public Macro get(long id) {
        return macros.byId(id).filter(this::isVisible).orElseThrow(() -> new NotFoundException("Macro", id));
    }

    public Macro create(MacroInput input) {
        Long owner = ownerFor(input);
        Macro checked = input.toMacro(0, owner, reasons.codes());
        long id = macros.insert(checked, clock.instant());
        audit.record("automation.macro.created", "macro", id, checked.name());
        return get(id);
    }

    public Macro update(long id, MacroInput input) {
        Macro existing = get(id);
        requireKeeper(existing);
        Long owner = input.isShared() == existing.isShared() ? existing.ownerId() : ownerFor(input);
        Macro checked = input.toMacro(id, owner, reasons.codes());
        macros.update(checked, clock.instant());
        audit.record("automation.macro.changed", "macro", id, checked.name());
        return get(id);
    }

    public void delete(long id) {
        Macro existing = get(id);
        requireKeeper(existing);
        macros.delete(id);
        audit.record("automation.macro.deleted", "macro", id, existing.name());
    }

    /** Whether the current user may change or delete this macro. */
    public boolean mayKeep(Macro macro) {
        return macro.isShared() ? isLead() : Objects.equals(macro.ownerId(), agentId());
    }

    public boolean mayKeepShared() {
        return isLead();
    }

    private Long ownerFor(MacroInput input) {
        if (input.isShared()) {
            if (!isLead()) {
                throw new AccessDeniedException("Shared macros are kept by leads and admins");
            }
            return null;
        }
        Long agent = agentId();
        if (agent == null) {
            throw new RuleViolationException("macro-owner", "A personal macro belongs to an agent: use a token of an "
                + "agent, or make the macro shared");
        }
        return agent;
    }

    private void requireKeeper(Macro macro) {
        if (!mayKeep(macro)) {
            throw new AccessDeniedException("Shared macros are kept by leads and admins");
        }
    }

    private boolean isVisible(Macro macro) {
        return macro.isShared() || Objects.equals(macro.ownerId(), agentId());
    }

    private static Long agentId() {
        Actor actor = CurrentActor.get();
        return actor.isAgent() ? actor.id() : null;
    }

    private static boolean isLead() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_LEAD".equals(authority.getAuthority()));
    }
}
