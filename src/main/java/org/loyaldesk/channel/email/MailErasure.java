package org.loyaldesk.channel.email;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes stored mail (raw bytes, what was read from it, its attachments' index) of erased conversations
 * and of erased addresses: also mail not filed in a conversation, such as a portal sign-in mail, whose
 * raw text even holds the link. The raw bytes live only in the database; the spool on disk holds a mail
 * just while it is filed.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class MailErasure {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    MailErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many mails were deleted; harmless to repeat. */
    public int erase(Collection<Long> conversationIds, Collection<String> addresses) {
        Set<Long> mails = new LinkedHashSet<>();
        List<Long> conversations = List.copyOf(conversationIds);
        for (int from = 0; from < conversations.size(); from += CHUNK) {
            List<Long> chunk = conversations.subList(from, Math.min(conversations.size(), from + CHUNK));
            mails.addAll(jdbc.sql("SELECT id FROM channel_mail WHERE conversation_id IN (:ids)").param("ids", chunk)
                .query(Long.class).list());
            jdbc.sql("DELETE FROM channel_mail_participant WHERE conversation_id IN (:ids)").param("ids", chunk).update();
        }
        for (String address : addresses) {
            String normalised = address.trim().toLowerCase(Locale.ROOT);
            mails.addAll(jdbc.sql("SELECT id FROM channel_mail WHERE LOWER(from_address) = ?").param(normalised)
                .query(Long.class).list());
            mails.addAll(mailsTo(normalised));
            jdbc.sql("DELETE FROM channel_mail_undeliverable WHERE address = ?").param(normalised).update();
            jdbc.sql("DELETE FROM channel_mail_participant WHERE LOWER(address) = ?").param(normalised).update();
        }
        List<Long> ids = new ArrayList<>(mails);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("DELETE FROM channel_mail_attachment WHERE mail_id IN (:ids)").param("ids", chunk).update();
            jdbc.sql("DELETE FROM channel_mail WHERE id IN (:ids)").param("ids", chunk).update();
        }
        return ids.size();
    }

    /** The LIKE only narrows the rows; a whole address among the recipients decides, not a part of one. */
    private List<Long> mailsTo(String address) {
        String pattern = "%" + address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT id, to_addresses, cc_addresses FROM channel_mail
                WHERE LOWER(to_addresses) LIKE :p ESCAPE '\\' OR LOWER(cc_addresses) LIKE :p ESCAPE '\\'""")
            .param("p", pattern)
            .query((rs, row) -> recipients(rs.getString(2), rs.getString(3)).contains(address) ? rs.getLong(1) : null)
            .list().stream().filter(id -> id != null).toList();
    }

    private static Set<String> recipients(String to, String cc) {
        String all = ((to == null ? "" : to) + " " + (cc == null ? "" : cc)).toLowerCase(Locale.ROOT);
        return Set.copyOf(Arrays.asList(all.split("[\\s,;<>\"']+")));
    }
}
