package org.loyaldesk.channel.outbound;

import org.loyaldesk.channel.spi.DeliveryException;
import org.loyaldesk.channel.spi.OutboundDriver;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.conversation.OutgoingReply;
import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerProfile;
import org.loyaldesk.platform.Channel;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers replies on connector channels (WhatsApp, social, SMS, API, phone follow-ups) by
 * POSTing them, signed, to the channel's webhook. A 2xx answer is a delivery; anything else is
 * retried, except a 4xx that says the receiver will never take it.
 */
@Component
class WebhookDriver implements OutboundDriver {

    private final Webhooks webhooks;
    private final CustomerDirectory customers;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final DeliveryProperties properties;

    WebhookDriver(Webhooks webhooks, CustomerDirectory customers, JsonMapper json, Clock clock,
                  DeliveryProperties properties) {
        this.webhooks = webhooks;
        this.customers = customers;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public boolean handles(Channel channel) {
        return channel != Channel.EMAIL && webhooks.of(channel).isPresent();
    }

    @Override
    public void deliver(OutgoingReply reply) throws DeliveryException {
        Webhooks.Webhook webhook = webhooks.of(reply.channel())
            .orElseThrow(() -> new DeliveryException("The webhook for " + reply.channel().code() + " was removed", true));
        byte[] body = json.writeValueAsBytes(payload(reply));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
            .timeout(properties.timeout())
            .header("Content-Type", "application/json")
            .header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryException("Could not reach " + webhook.url() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while delivering", false);
        }
        if (status / 100 != 2) {
            boolean permanent = status == 400 || status == 404 || status == 410 || status == 422;
            throw new DeliveryException("HTTP " + status + " from " + webhook.url(), permanent);
        }
    }

    private Map<String, Object> payload(OutgoingReply reply) {
        List<Map<String, String>> contacts = customers.profile(reply.customerId()).map(CustomerProfile::contacts)
            .orElse(List.of()).stream()
            .map((ContactAddress address) -> Map.of("kind", address.kind().name().toLowerCase(), "value", address.value()))
            .toList();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "reply");
        payload.put("messageId", reply.messageId());
        payload.put("conversationId", reply.conversationId());
        payload.put("channel", reply.channel().code());
        payload.put("customer", Map.of("id", reply.customerId(), "contacts", contacts));
        payload.put("author", reply.authorName());
        payload.put("subject", reply.subject());
        payload.put("text", reply.text());
        return payload;
    }
}
