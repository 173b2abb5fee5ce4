package org.loyaldesk.conversation;

import java.util.Map;

import org.loyaldesk.Api;

import tools.jackson.databind.JsonNode;

/**
 * The people of the test helpdesk, made once through the API: Anna (agent) and Rick (lead), a
 * Returns team, and an API token that acts as Anna.
 */
record Staff(Api api, long annaId, long returnsTeamId, String annaToken) {

    private static Staff made;

    static synchronized Staff of(Api api) {
        if (made == null || !api.base().equals(made.api.base())) {
            long team = api.post("/api/v1/teams", Map.of("name", "Returns")).id("id");
            long anna = api.post("/api/v1/agents", Map.of("email", "anna.test@loyaldesk.test", "name", "Anna Test",
                "password", "correct-horse-battery", "role", "AGENT")).id("id");
            api.post("/api/v1/agents", Map.of("email", "rick.test@loyaldesk.test", "name", "Rick Test",
                "password", "correct-horse-battery", "role", "LEAD", "teamId", team));
            JsonNode token = api.post("/api/v1/tokens", Map.of("name", "Anna's integration", "role", "AGENT",
                "agentId", anna)).json();
            made = new Staff(api, anna, team, token.get("secret").asString());
        }
        return made;
    }

    Api anna() {
        return api.as(annaToken);
    }
}
