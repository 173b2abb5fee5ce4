package org.loyaldesk.channel.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.loyaldesk.platform.AuditLog;
import org.loyaldesk.platform.ConflictException;
import org.loyaldesk.platform.NotFoundException;
import org.loyaldesk.platform.SecretBox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The support addresses customers write to and the IMAP mailboxes they are fetched from, set by an admin. */
@Service
@Transactional
public class Mailboxes {

    private final JdbcClient jdbc;
    private final MailSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final SecretBox secrets;

    Mailboxes(JdbcClient jdbc, MailSettings settings, AuditLog audit, Clock clock, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Security { NONE, STARTTLS, TLS }

    /** A mailbox as configured; the password never leaves this module's settings page and API writes. */
    public record Mailbox(long id, String address, String displayName, String host, Integer port, Security security,
                          String user, String password, String folder, boolean enabled, String lastError) {

        public boolean fetched() {
            return enabled && host != null && !host.isBlank();
        }
    }

    public record MailboxRequest(String address, String displayName, String host, Integer port, Security security,
                                 String user, String password, String folder, boolean enabled) {
    }

    public Mailbox add(MailboxRequest request) {
        String address = request.address().trim().toLowerCase();
        if (!address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("'" + request.address() + "' is not an email address");
        }
        if (request.host() != null && !request.host().isBlank() && (request.user() == null || request.password() == null)) {
            throw new IllegalArgumentException("A mailbox fetched over IMAP needs a user and a password");
        }
        if (byAddress(address).isPresent()) {
            throw new ConflictException("The support address " + address + " is already set up");
        }
        try {
            insert(address, request);
        } catch (DuplicateKeyException sameMoment) {
            throw new ConflictException("The support address " + address + " is already set up");
        }
        Mailbox added = byAddress(address).orElseThrow();
        audit.record("mailbox.added", "mailbox", added.id(), address);
        return added;
    }

    private void insert(String address, MailboxRequest request) {
        jdbc.sql("""
                INSERT INTO channel_mailbox (address, display_name, imap_host, imap_port, imap_security, imap_user,
                    imap_password, imap_folder, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(address, blankTo(request.displayName(), settings.displayName()), blankTo(request.host(), null),
                request.port(), (request.security() == null ? Security.TLS : request.security()).name(),
                blankTo(request.user(), null), secrets.seal(blankTo(request.password(), null)), blankTo(request.folder(), "INBOX"),
                request.enabled())
            .update();
    }

    public void remove(long id) {
        Mailbox mailbox = find(id).orElseThrow(() -> new NotFoundException("Mailbox", id));
        jdbc.sql("DELETE FROM channel_mailbox WHERE id = ?").param(id).update();
        audit.record("mailbox.removed", "mailbox", id, mailbox.address());
    }

    @Transactional(readOnly = true)
    public List<Mailbox> all() {
        return jdbc.sql("SELECT * FROM channel_mailbox ORDER BY address").query(this::mailbox).list();
    }

    @Transactional(readOnly = true)
    public Optional<Mailbox> find(long id) {
        return jdbc.sql("SELECT * FROM channel_mailbox WHERE id = ?").param(id).query(this::mailbox).optional();
    }

    @Transactional(readOnly = true)
    public Optional<Mailbox> byAddress(String address) {
        return jdbc.sql("SELECT * FROM channel_mailbox WHERE address = ?").param(address.trim().toLowerCase())
            .query(this::mailbox).optional();
    }

    /** Every address that is us: mail from these is our own, and they are never a customer or a Cc to keep. */
    @Transactional(readOnly = true)
    public Set<String> ownAddresses() {
        return Stream.concat(Stream.of(settings.address()), all().stream().map(Mailbox::address))
            .map(String::toLowerCase).collect(Collectors.toSet());
    }

    /** The outcome of the last fetch, shown on the settings page. */
    public void checked(long id, String error) {
        jdbc.sql("UPDATE channel_mailbox SET last_checked_at = ?, last_error = ? WHERE id = ?")
            .params(clock.instant().atOffset(ZoneOffset.UTC), error == null ? null : error.substring(0, Math.min(1000,
                error.length())), id)
            .update();
    }

    private Mailbox mailbox(ResultSet rs, int row) throws SQLException {
        int port = rs.getInt("imap_port");
        return new Mailbox(rs.getLong("id"), rs.getString("address"), rs.getString("display_name"),
            rs.getString("imap_host"), rs.wasNull() ? null : port, Security.valueOf(rs.getString("imap_security")),
            rs.getString("imap_user"), secrets.open(rs.getString("imap_password")), rs.getString("imap_folder"),
            rs.getBoolean("enabled"), rs.getString("last_error"));
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
