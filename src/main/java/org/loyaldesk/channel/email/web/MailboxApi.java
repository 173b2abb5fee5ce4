package org.loyaldesk.channel.email.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.loyaldesk.channel.email.Mailboxes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Support addresses and their IMAP mailboxes over REST (admin). Passwords are written, never read back. */
@RestController
@Tag(name = "Settings")
class MailboxApi {

    private final Mailboxes mailboxes;

    MailboxApi(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    record MailboxRequest(@NotBlank @Size(max = 254) String address, @Size(max = 200) String displayName,
                          @Size(max = 255) String host, @Min(1) @Max(65535) Integer port, String security,
                          @Size(max = 254) String user, @Size(max = 500) String password, @Size(max = 200) String folder,
                          Boolean enabled) {
    }

    record MailboxView(long id, String address, String displayName, String host, Integer port, String security,
                       String user, String folder, boolean enabled, String lastError) {
        static MailboxView of(Mailboxes.Mailbox mailbox) {
            return new MailboxView(mailbox.id(), mailbox.address(), mailbox.displayName(), mailbox.host(), mailbox.port(),
                mailbox.security().name().toLowerCase(), mailbox.user(), mailbox.folder(), mailbox.enabled(),
                mailbox.lastError());
        }
    }

    @GetMapping("/api/v1/settings/mailboxes")
    List<MailboxView> list() {
        return mailboxes.all().stream().map(MailboxView::of).toList();
    }

    @Operation(summary = "Add a support address, fetched over IMAP when a host is given",
        description = "security is none, starttls or tls (default). Messages are marked on the server (keyword "
            + "$LoyaldeskImported, and seen) only after they are stored.")
    @PostMapping("/api/v1/settings/mailboxes")
    ResponseEntity<MailboxView> add(@Valid @RequestBody MailboxRequest request) {
        Mailboxes.Mailbox added = mailboxes.add(new Mailboxes.MailboxRequest(request.address(), request.displayName(),
            request.host(), request.port(), request.security() == null ? null
                : Mailboxes.Security.valueOf(request.security().trim().toUpperCase()), request.user(), request.password(),
            request.folder(), request.enabled() == null || request.enabled()));
        return ResponseEntity.created(URI.create("/api/v1/settings/mailboxes/" + added.id())).body(MailboxView.of(added));
    }

    @DeleteMapping("/api/v1/settings/mailboxes/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        mailboxes.remove(id);
        return ResponseEntity.noContent().build();
    }
}
