package org.loyaldesk.channel.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.loyaldesk.channel.outbound.Webhooks;
import org.loyaldesk.platform.Channel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Outbound webhooks per channel over REST (admin). */
@RestController
@Tag(name = "Settings")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 16, max = 200) String secret) {
    }

    record WebhookView(String channel, String url) {
    }

    @GetMapping("/api/v1/settings/webhooks")
    List<WebhookView> list() {
        return webhooks.all().stream().map(hook -> new WebhookView(hook.channel().code(), hook.url())).toList();
    }

    @Operation(summary = "Deliver replies on a channel to this URL",
        description = "Each reply is POSTed as JSON with the header X-Loyaldesk-Signature: t=<unix seconds>,"
            + "v1=<hex HMAC-SHA256 of '<t>.<body>' with the secret>. 2xx means delivered; other answers are retried.")
    @PutMapping("/api/v1/settings/webhooks/{channel}")
    WebhookView configure(@PathVariable String channel, @Valid @RequestBody WebhookRequest request) {
        Channel target = channel(channel);
        webhooks.configure(target, request.url(), request.secret());
        return new WebhookView(target.code(), request.url());
    }

    @DeleteMapping("/api/v1/settings/webhooks/{channel}")
    ResponseEntity<Void> remove(@PathVariable String channel) {
        webhooks.remove(channel(channel));
        return ResponseEntity.noContent().build();
    }

    private static Channel channel(String code) {
        return Channel.fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown channel '" + code + "'"));
    }
}
