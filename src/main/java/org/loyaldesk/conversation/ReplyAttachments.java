package org.loyaldesk.conversation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.loyaldesk.platform.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files stored with a message: those agents attach to replies (delivered with the reply) and those
 * customers attach on the portal; both downloadable from the timeline.
 */
@Service
public class ReplyAttachments {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReplyAttachments(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record StoredFile(long id, long messageId, String fileName, String contentType, long size) {
    }

    static void check(List<AttachedFile> files) {
        long total = files.stream().mapToLong(file -> file.content().length).sum();
        if (total > AttachedFile.MAX_TOTAL_BYTES) {
            throw new RuleViolationException("attachments-too-large", "The attachments of one reply may be "
                + AttachedFile.MAX_TOTAL_BYTES / (1024 * 1024) + " MB together; these are " + total / (1024 * 1024) + " MB",
                AttachedFile.MAX_TOTAL_BYTES / (1024 * 1024));
        }
    }

    /** Stores a customer's files with their message, in the transaction that filed it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attachToMessage(long messageId, List<AttachedFile> files) {
        check(files);
        store(messageId, files);
    }

    void store(long messageId, List<AttachedFile> files) {
        for (AttachedFile file : files) {
            template.update("""
                INSERT INTO conversation_attachment (message_id, file_name, content_type, size_bytes, content)
                VALUES (?, ?, ?, ?, ?)""", statement -> {
                statement.setLong(1, messageId);
                statement.setString(2, file.fileName());
                statement.setString(3, file.contentType());
                statement.setLong(4, file.content().length);
                statement.setBinaryStream(5, new ByteArrayInputStream(file.content()), file.content().length);
            });
        }
    }

    @Transactional(readOnly = true)
    public List<StoredFile> ofMessage(long messageId) {
        return jdbc.sql("SELECT id, message_id, file_name, content_type, size_bytes FROM conversation_attachment "
                + "WHERE message_id = ? ORDER BY id")
            .param(messageId).query(ReplyAttachments::file).list();
    }

    @Transactional(readOnly = true)
    public Map<Long, List<StoredFile>> ofMessages(Collection<Long> messageIds) {
        Map<Long, List<StoredFile>> files = new HashMap<>();
        if (!messageIds.isEmpty()) {
            jdbc.sql("SELECT id, message_id, file_name, content_type, size_bytes FROM conversation_attachment "
                    + "WHERE message_id IN (:ids) ORDER BY id")
                .param("ids", messageIds).query(ReplyAttachments::file).list()
                .forEach(file -> files.computeIfAbsent(file.messageId(), id -> new ArrayList<>()).add(file));
        }
        return files;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT id, message_id, file_name, content_type, size_bytes FROM conversation_attachment WHERE id = ?")
            .param(id).query(ReplyAttachments::file).optional();
    }

    /** The content of a stored file. Files are at most {@link AttachedFile#MAX_TOTAL_BYTES}. */
    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return template.query("SELECT content FROM conversation_attachment WHERE id = ?", rs -> {
            if (!rs.next()) {
                return new byte[0];
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, id);
    }

    @Transactional(readOnly = true)
    public void write(long id, OutputStream out) throws IOException {
        out.write(content(id));
    }

    private static StoredFile file(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5));
    }
}
