package org.loyaldesk.channel.email.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.loyaldesk.channel.email.MailIngest;
import org.loyaldesk.channel.email.MailReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Mail delivered by an MTA (Postfix' pipe to curl) or a mail service's webhook: the raw RFC 822
 * message as the body. Answered only after the message is stored, so a 202 means it is safe.
 */
@RestController
@Tag(name = "Email")
class MailPipeApi {

    private final MailIngest ingest;

    MailPipeApi(MailIngest ingest) {
        this.ingest = ingest;
    }

    @Operation(summary = "Deliver a raw email (Content-Type: message/rfc822)",
        description = "202 once the message is stored. The same message delivered again answers 202 with "
            + "duplicate=true and the same ids. Any MIME, any charset: a message that cannot be read is still stored, "
            + "flagged and shown to agents.")
    @PostMapping(path = "/api/v1/mail/inbound", consumes = { "message/rfc822", "application/octet-stream", "text/plain" })
    ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
        MailReceipt receipt = ingest.ingest(request.getInputStream());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mailId", receipt.mailId());
        body.put("messageId", receipt.messageId());
        body.put("conversationId", receipt.conversationId());
        body.put("duplicate", receipt.duplicate());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }
}
