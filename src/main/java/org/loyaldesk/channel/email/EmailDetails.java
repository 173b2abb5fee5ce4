package org.loyaldesk.channel.email;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.conversation.spi.ChannelDetails;
import org.springframework.stereotype.Component;

/** Shows on the timeline what the email channel knows: flags, notes, attachments, the original and its HTML. */
@Component
class EmailDetails implements ChannelDetails {

    private final MailStore store;
    private final MailFiles files;

    EmailDetails(MailStore store, MailFiles files) {
        this.store = store;
        this.files = files;
    }

    @Override
    public Map<Long, MessageDetail> messages(long conversationId) {
        Map<Long, List<Attachment>> attachments = new HashMap<>();
        for (MailStore.StoredAttachment found : store.attachmentsOfConversation(conversationId)) {
            attachments.computeIfAbsent(found.mailId(), id -> new ArrayList<>()).add(new Attachment(
                found.fileName() == null ? "attachment-" + found.partPath() : found.fileName(), found.contentType(),
                found.size(), "/mail/" + found.mailId() + "/attachments/" + found.partPath(), key(found)));
        }
        Map<Long, MessageDetail> details = new HashMap<>();
        for (MailStore.Summary mail : store.ofConversation(conversationId)) {
            if (mail.messageId() == null) {
                continue;
            }
            List<String> notes = mail.problems() == null || mail.problems().isBlank() ? List.of()
                : List.of(mail.problems().split("\n"));
            details.put(mail.messageId(), new MessageDetail(mail.flags(), notes,
                attachments.getOrDefault(mail.id(), List.of()), "/mail/" + mail.id() + "/original",
                mail.hasHtml() ? "/mail/" + mail.id() + "/html" : null));
        }
        return details;
    }

    @Override
    public boolean writeFile(long conversationId, String key, OutputStream out) {
        for (MailStore.StoredAttachment found : store.attachmentsOfConversation(conversationId)) {
            if (key(found).equals(key)) {
                files.writePart(found.mailId(), found.partPath(), out);
                return true;
            }
        }
        return false;
    }

    private static String key(MailStore.StoredAttachment attachment) {
        return attachment.mailId() + "-" + attachment.partPath();
    }

    @Override
    public List<String> participants(long conversationId) {
        return store.participants(conversationId).stream().map(Object::toString).toList();
    }
}
