package org.loyaldesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.channel.email.parse.Attachment;
import org.loyaldesk.channel.email.parse.MailAddress;
import org.loyaldesk.platform.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Every mail in and out with its raw bytes, byte for byte as it arrived or left, and what was read
 * from it. Raw bytes are streamed in and out; they never have to fit in memory here.
 */
@Component
class MailStore {

    static final String INBOUND = "INBOUND";
    static final String OUTBOUND = "OUTBOUND";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MailStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stored mail, as far as threading and deduplication need it. */
    record KnownMail(long id, Long messageId, Long conversationId, String fingerprint) {
    }

    /** Everything stored about a mail except its raw bytes, which come from {@code raw}. */
    record NewMail(String direction, Long messageId, Long conversationId, String rfcMessageId, String inReplyTo,
                   List<String> references, String sha256, String fingerprint, long size, MailAddress from,
                   List<MailAddress> to, List<MailAddress> cc, String subject, String html, List<String> flags,
                   String problems, Double spamScore, Instant at) {
    }

    Optional<KnownMail> byRaw(String direction, String sha256) {
        return jdbc.sql("SELECT id, message_id, conversation_id, fingerprint FROM channel_mail WHERE raw_sha256 = ? AND direction = ?")
            .params(sha256, direction).query(MailStore::known).optional();
    }

    Optional<KnownMail> inboundByRfcId(String rfcMessageId) {
        return jdbc.sql("""
                SELECT id, message_id, conversation_id, fingerprint FROM channel_mail
                WHERE rfc_message_id = ? AND direction = 'INBOUND' ORDER BY id FETCH FIRST 1 ROWS ONLY""")
            .param(rfcMessageId).query(MailStore::known).optional();
    }

    /** The conversation any of these Message-IDs (ours or the customer's) belongs to; the most recent wins. */
    Optional<Long> conversationOf(Collection<String> rfcMessageIds) {
        if (rfcMessageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT conversation_id FROM channel_mail WHERE rfc_message_id IN (:ids) AND conversation_id IS NOT NULL
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
            .param("ids", rfcMessageIds).query(Long.class).optional();
    }

    /** The reply of ours a bounce is about. */
    Optional<KnownMail> outboundByRfcId(String rfcMessageId) {
        return jdbc.sql("SELECT id, message_id, conversation_id, fingerprint FROM channel_mail WHERE rfc_message_id = ? "
                + "AND direction = 'OUTBOUND'")
            .param(rfcMessageId).query(MailStore::known).optional();
    }

    long insert(NewMail mail, InputStream raw) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO channel_mail (direction, message_id, conversation_id, rfc_message_id, in_reply_to,
                    mail_references, raw_sha256, fingerprint, raw_size, raw, from_address, from_name, to_addresses,
                    cc_addresses, subject, html, flags, problems, spam_score, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
            statement.setString(1, mail.direction());
            statement.setObject(2, mail.messageId());
            statement.setObject(3, mail.conversationId());
            statement.setString(4, cut(mail.rfcMessageId(), 500));
            statement.setString(5, cut(mail.inReplyTo(), 500));
            statement.setString(6, cut(String.join(" ", mail.references()), 4000));
            statement.setString(7, mail.sha256());
            statement.setString(8, mail.fingerprint());
            statement.setLong(9, mail.size());
            statement.setBinaryStream(10, raw, mail.size());
            statement.setString(11, cut(mail.from() == null ? null : mail.from().address(), 320));
            statement.setString(12, cut(mail.from() == null ? null : mail.from().name(), 300));
            statement.setString(13, cut(join(mail.to()), 4000));
            statement.setString(14, cut(join(mail.cc()), 4000));
            statement.setString(15, cut(mail.subject(), 1000));
            statement.setString(16, mail.html() == null || mail.html().isEmpty() ? null : cut(mail.html(), 1_000_000));
            statement.setString(17, cut(String.join(",", mail.flags()), 300));
            statement.setString(18, cut(mail.problems(), 4000));
            statement.setObject(19, mail.spamScore());
            statement.setObject(20, mail.at().atOffset(ZoneOffset.UTC));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    void attachments(long mailId, List<Attachment> attachments) {
        for (Attachment attachment : attachments) {
            jdbc.sql("""
                    INSERT INTO channel_mail_attachment (mail_id, part_path, file_name, content_type, content_id, inline_part,
                        size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(mailId, cut(attachment.partPath(), 100), cut(attachment.fileName(), 500),
                    cut(attachment.contentType(), 200), cut(attachment.contentId(), 500), attachment.inline(), attachment.size())
                .update();
        }
    }

    void participants(long conversationId, Collection<MailAddress> addresses) {
        for (MailAddress address : addresses) {
            jdbc.sql("""
                    INSERT INTO channel_mail_participant (conversation_id, address, name) SELECT ?, ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM channel_mail_participant WHERE conversation_id = ? AND address = ?)""")
                .params(conversationId, cut(address.normalized(), 320), cut(address.name(), 300), conversationId,
                    cut(address.normalized(), 320))
                .update();
        }
    }

    List<MailAddress> participants(long conversationId) {
        return jdbc.sql("SELECT address, name FROM channel_mail_participant WHERE conversation_id = ? ORDER BY address")
            .param(conversationId).query((rs, n) -> new MailAddress(rs.getString(1), rs.getString(2))).list();
    }

    /** Every address the customer's mails in this conversation went to, to find which of our addresses they used. */
    List<String> participantsOfInbound(long conversationId) {
        List<String> addresses = new ArrayList<>();
        jdbc.sql("SELECT to_addresses, cc_addresses FROM channel_mail WHERE conversation_id = ? AND direction = 'INBOUND' "
                + "ORDER BY id DESC FETCH FIRST 5 ROWS ONLY")
            .param(conversationId)
            .query((rs, n) -> {
                for (String list : new String[] { rs.getString(1), rs.getString(2) }) {
                    if (list != null) {
                        Matcher address = ADDRESS.matcher(list);
                        while (address.find()) {
                            addresses.add(address.group().toLowerCase());
                        }
                    }
                }
                return null;
            }).list();
        return addresses;
    }

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>,\"]+@[^\\s<>,\"]+");

    /** What the latest mail from the customer in a conversation says, for the headers of our reply. */
    record LastInbound(String rfcMessageId, List<String> references, String fromAddress, String fromName, Instant at) {
    }

    Optional<LastInbound> lastInbound(long conversationId) {
        return jdbc.sql("""
                SELECT rfc_message_id, mail_references, from_address, from_name, received_at FROM channel_mail
                WHERE conversation_id = ? AND direction = 'INBOUND' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
            .param(conversationId)
            .query((rs, n) -> new LastInbound(rs.getString(1), split(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant()))
            .optional();
    }

    /** Reads a mail's raw bytes as a stream, while the row is open; false when there is no such mail. */
    boolean readRaw(long mailId, RawReader reader) {
        return Boolean.TRUE.equals(template.query("SELECT raw FROM channel_mail WHERE id = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream raw = rs.getBinaryStream(1)) {
                reader.read(raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, mailId));
    }

    @FunctionalInterface
    interface RawReader {
        void read(InputStream raw) throws IOException;
    }

    Optional<Long> inboundMailOfMessage(long messageId) {
        return jdbc.sql("SELECT id FROM channel_mail WHERE message_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
            .param(messageId).query(Long.class).optional();
    }

    Optional<String> html(long mailId) {
        return jdbc.sql("SELECT html FROM channel_mail WHERE id = ?").param(mailId).query(String.class).optional();
    }

    /** The mails of a conversation with what agents should see about them. */
    record Summary(long id, Long messageId, List<String> flags, String problems, Double spamScore, boolean hasHtml) {
    }

    List<Summary> ofConversation(long conversationId) {
        return jdbc.sql("""
                SELECT id, message_id, flags, problems, spam_score, CASE WHEN html IS NULL THEN 0 ELSE 1 END AS has_html
                FROM channel_mail WHERE conversation_id = ? ORDER BY id""")
            .param(conversationId)
            .query((rs, n) -> new Summary(rs.getLong(1), nullableLong(rs, 2), split(rs.getString(3).replace(',', ' ')),
                rs.getString(4), rs.getObject(5) == null ? null : rs.getDouble(5), rs.getInt(6) == 1))
            .list();
    }

    record StoredAttachment(long mailId, String partPath, String fileName, String contentType, long size) {
    }

    List<StoredAttachment> attachmentsOfConversation(long conversationId) {
        return jdbc.sql("""
                SELECT a.mail_id, a.part_path, a.file_name, a.content_type, a.size_bytes FROM channel_mail_attachment a
                JOIN channel_mail m ON m.id = a.mail_id WHERE m.conversation_id = ? AND a.inline_part = FALSE
                ORDER BY a.mail_id, a.part_path""")
            .param(conversationId)
            .query((rs, n) -> new StoredAttachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5)))
            .list();
    }

    Optional<StoredAttachment> attachment(long mailId, String partPath) {
        return jdbc.sql("SELECT mail_id, part_path, file_name, content_type, size_bytes FROM channel_mail_attachment "
                + "WHERE mail_id = ? AND part_path = ?")
            .params(mailId, partPath)
            .query((rs, n) -> new StoredAttachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5)))
            .optional();
    }

    private static KnownMail known(ResultSet rs, int row) throws SQLException {
        return new KnownMail(rs.getLong(1), nullableLong(rs, 2), nullableLong(rs, 3), rs.getString(4));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.trim().split("\\s+"));
    }

    private static String join(List<MailAddress> addresses) {
        return addresses == null ? null : String.join(", ", addresses.stream().map(MailAddress::toString).toList());
    }

    /** Every text column of a mail goes through here: cut to the column and made storable (see StorableText). */
    private static String cut(String value, int length) {
        String storable = StorableText.of(value);
        return storable == null || storable.length() <= length ? storable : StorableText.of(storable.substring(0, length));
    }
}
