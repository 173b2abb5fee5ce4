package org.loyaldesk.channel.email.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.loyaldesk.channel.email.MailFiles;
import org.loyaldesk.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A message exactly as it arrived (or left), byte for byte. */
@RestController
@Tag(name = "Email")
class RawMailApi {

    private final MailFiles files;

    RawMailApi(MailFiles files) {
        this.files = files;
    }

    @Operation(summary = "The raw RFC 822 bytes of a message that came or went by email")
    @GetMapping("/api/v1/messages/{id}/raw")
    void raw(@PathVariable long id, HttpServletResponse response) throws IOException {
        long mailId = files.mailOfMessage(id).orElseThrow(() -> new NotFoundException("Email message", id));
        response.setContentType("message/rfc822");
        response.setHeader("Content-Disposition", "attachment; filename=\"message-" + id + ".eml\"");
        files.writeRaw(mailId, response.getOutputStream());
    }
}
