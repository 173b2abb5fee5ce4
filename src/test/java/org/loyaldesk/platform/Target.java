package org.loyaldesk.platform;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.loyaldesk.Api;

/** A customer with one conversation, made through the API: what a hostile request is aimed at. */
record Target(Api api, long customerId, long conversationId) {

    static Target made(Api api) {
        Api.Response created = api.inbound("api", "klant-" + UUID.randomUUID() + "@voorbeeld.nl", "Waar blijft mijn pakket?", null);
        return new Target(api, created.id("customerId"), created.id("conversationId"));
    }

    /** Sends the JSON body to the path, its {customer} and {conversation} filled in. */
    Api.Response send(String method, String path, String body) {
        return api.send(api.builder(path.replace("{customer}", String.valueOf(customerId))
                .replace("{conversation}", String.valueOf(conversationId)))
            .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }
}
