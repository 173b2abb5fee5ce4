package org.loyaldesk.search;

import java.util.Map;

import org.loyaldesk.Api;

/** An agent with a token that acts as her, and a team, made once per test application. */
record Staff(Api api, long annaId, long returnsTeamId, String annaToken) {

    private static Staff made;

    static synchronized Staff of(Api api) {
        if (made == null || !api.base().equals(made.api.base())) {
            long team = api.post("/api/v1/teams", Map.of("name", "Search returns")).id("id");
            long anna = api.post("/api/v1/agents", Map.of("email", "anna.search@loyaldesk.test", "name", "Anna Zoekt",
                "password", "correct-horse-battery", "role", "AGENT")).id("id");
            String token = api.post("/api/v1/tokens", Map.of("name", "Anna's search integration", "role", "AGENT",
                "agentId", anna)).json().get("secret").asString();
            made = new Staff(api, anna, team, token);
        }
        return made;
    }

    Api anna() {
        return api.as(token());
    }

    private String token() {
        return annaToken;
    }
}
