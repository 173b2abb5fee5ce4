package org.loyaldesk.channel.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.loyaldesk.channel.InboundMessage;
import org.loyaldesk.channel.InboundMessages;
import org.loyaldesk.channel.Sender;
import org.loyaldesk.conversation.Receipt;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.CleanedText;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The inbound endpoint for connectors (WhatsApp, social, in-app) and for logging phone calls. */
@RestController
@Tag(name = "Inbound messages")
class InboundMessageApi {

    /** A connector's clock may run a little ahead of ours; more than this is a wrong time, not a late delivery. */
    static final Duration AHEAD_AT_MOST = Duration.ofMinutes(5);
    /** As far back as a customer's purchases still count for what they write about (proactive service). */
    static final Duration LATE_AT_MOST = Duration.ofDays(90);

    private final InboundMessages inbound;
    private final Clock clock;
    private final int maxTextLength;

    InboundMessageApi(InboundMessages inbound, Clock clock, LoyaldeskProperties properties) {
        this.inbound = inbound;
        this.clock = clock;
        this.maxTextLength = properties.maxTextLength();
    }

    @CleanedText
    record From(@Size(max = 254) String email, @Size(max = 32) String phone, @Size(max = 300) String handle,
                @Size(max = 200) String name) {
    }

    @CleanedText
    record InboundRequest(@NotBlank String channel, @NotNull @Valid From from, @Size(max = 300) String subject,
                          @NotBlank String text, @Size(max = 255) String externalId, Long conversationId,
                          @Schema(description = "when the customer sent it, for connectors that deliver late (phone "
                              + "logs, a backlog); at most 5 minutes ahead and 90 days back; now when left out")
                          Instant receivedAt) {
    }

    record Created(long customerId, long conversationId, long messageId) {
    }

    @Operation(summary = "Deliver a customer message from any channel",
        description = "Idempotent on (channel, externalId): delivering the same message again answers 200 with the "
            + "same ids instead of 201. Without conversationId the message continues the customer's conversation "
            + "about the same issue on any channel (an order or conversation number in the text picks it, a message "
            + "about another order starts its own), reopens one solved recently about the same contact reason, or "
            + "starts a new one.")
    @PostMapping("/api/v1/messages/inbound")
    ResponseEntity<Created> receive(@Valid @RequestBody InboundRequest request) {
        Channel channel = Channel.fromCode(request.channel()).orElseThrow(() -> new IllegalArgumentException(
            "Unknown channel '" + request.channel() + "'; use one of " + Channel.codes()));
        if (request.text().length() > maxTextLength) {
            throw new IllegalArgumentException("text is " + request.text().length() + " characters; the limit is "
                + maxTextLength);
        }
        From from = request.from();
        Instant now = clock.instant();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        if (receivedAt.isAfter(now.plus(AHEAD_AT_MOST))) {
            throw new IllegalArgumentException("receivedAt " + receivedAt + " is in the future (it is now " + now
                + "); at most 5 minutes ahead is taken as clock drift");
        }
        if (receivedAt.isBefore(now.minus(LATE_AT_MOST))) {
            throw new IllegalArgumentException("receivedAt " + receivedAt + " is more than 90 days ago; import "
                + "older conversations with POST /api/v1/conversations/import");
        }
        Receipt receipt = inbound.accept(new InboundMessage(channel,
            new Sender(from.email(), from.phone(), from.handle(), from.name()), request.subject(), request.text(),
            request.externalId(), request.conversationId(), receivedAt));
        Created body = new Created(receipt.customerId(), receipt.conversationId(), receipt.messageId());
        return receipt.duplicate() ? ResponseEntity.ok(body)
            : ResponseEntity.created(URI.create("/api/v1/conversations/" + receipt.conversationId())).body(body);
    }
}
