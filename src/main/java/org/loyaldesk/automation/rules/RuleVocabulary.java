package org.loyaldesk.automation.rules;

import java.util.List;
import java.util.Set;

import org.loyaldesk.automation.macros.Macro;
import org.loyaldesk.automation.macros.MacroBook;
import org.loyaldesk.conversation.ContactReasons;
import org.loyaldesk.identity.AgentDirectory;
import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Team;
import org.springframework.stereotype.Component;

/** The codes and ids a rule may name, as they are now: contact reasons, teams, agents and shared macros. */
@Component
class RuleVocabulary {

    private final ContactReasons reasons;
    private final AgentDirectory directory;
    private final MacroBook macros;

    RuleVocabulary(ContactReasons reasons, AgentDirectory directory, MacroBook macros) {
        this.reasons = reasons;
        this.directory = directory;
        this.macros = macros;
    }

    List<String> reasons() {
        return reasons.codes();
    }

    boolean isTeam(long id) {
        return directory.team(id).isPresent();
    }

    boolean isAgent(long id) {
        return directory.agent(id).isPresent();
    }

    List<Team> teams() {
        return directory.teams();
    }

    List<AgentSummary> agents() {
        return directory.agents();
    }

    /** Rules act for everyone: they send only shared macros, never an agent's own. */
    List<Macro> sharedMacros() {
        return macros.visible().stream().filter(Macro::isShared).toList();
    }

    boolean isSharedMacro(long id) {
        Set<Long> ids = Set.copyOf(sharedMacros().stream().map(Macro::id).toList());
        return ids.contains(id);
    }
}
