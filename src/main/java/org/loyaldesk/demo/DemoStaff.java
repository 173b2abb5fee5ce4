package org.loyaldesk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.identity.AgentSummary;
import org.loyaldesk.identity.Role;
import org.loyaldesk.identity.StaffAdministration;
import org.loyaldesk.identity.Team;

/** The demo's service team: three teams, six people. Everyone's password is {@value #PASSWORD}. */
final class DemoStaff {

    static final String PASSWORD = "loyaldesk";
    static final String AGENT_LOGIN = "anna@loyaldesk.demo";
    static final String ADMIN_LOGIN = "sanne@loyaldesk.demo";
    static final String FRONT_TEAM = "Klantenservice";

    final Map<String, Team> teams = new HashMap<>();
    final Map<String, List<AgentSummary>> agentsByTeam = new HashMap<>();

    static DemoStaff create(StaffAdministration staff) {
        DemoStaff demo = new DemoStaff();
        for (String name : List.of(FRONT_TEAM, "Retouren & Reparaties", "Betalingen")) {
            demo.teams.put(name, staff.createTeam(name));
        }
        demo.agent(staff, AGENT_LOGIN, "Anna Jansen", Role.AGENT, FRONT_TEAM);
        demo.agent(staff, "bram@loyaldesk.demo", "Bram de Vries", Role.AGENT, FRONT_TEAM);
        demo.agent(staff, "fatima@loyaldesk.demo", "Fatima El Amrani", Role.LEAD, FRONT_TEAM);
        demo.agent(staff, "tom@loyaldesk.demo", "Tom Peeters", Role.AGENT, "Retouren & Reparaties");
        demo.agent(staff, "lisa@loyaldesk.demo", "Lisa Smit", Role.AGENT, "Betalingen");
        staff.createAgent(ADMIN_LOGIN, "Sanne Bakker", PASSWORD, Role.ADMIN, null);
        return demo;
    }

    private void agent(StaffAdministration staff, String email, String name, Role role, String team) {
        AgentSummary agent = staff.createAgent(email, name, PASSWORD, role, teams.get(team).id());
        agentsByTeam.computeIfAbsent(team, key -> new ArrayList<>()).add(agent);
    }

    Team team(String name) {
        Team team = teams.get(name);
        if (team == null) {
            throw new IllegalArgumentException("The demo has no team " + name);
        }
        return team;
    }
}
