package org.loyaldesk.portal;

import java.util.List;
import java.util.Map;

import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.ReplyAttachments.StoredFile;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.conversation.spi.ChannelDetails;

/**
 * A conversation as its customer saw it: their messages and our replies, nothing the team wrote for
 * itself (notes, hand-overs, events) and nothing it judged (signals, spam, flags).
 *
 * @param files     files stored with messages (the customer's portal uploads, our reply attachments), by message id
 * @param mailFiles what came attached to the customer's own mails, by message id
 */
record CustomerThread(ConversationSummary summary, List<TimelineEntry> messages, Map<Long, List<StoredFile>> files,
                      Map<Long, List<ChannelDetails.Attachment>> mailFiles) {

    public boolean canBeSolved() {
        return summary.status().canMoveTo(ConversationStatus.SOLVED);
    }

    public boolean isClosed() {
        return summary.status() == ConversationStatus.CLOSED;
    }

    public List<StoredFile> filesOf(long messageId) {
        return files.getOrDefault(messageId, List.of());
    }

    public List<ChannelDetails.Attachment> mailFilesOf(long messageId) {
        return mailFiles.getOrDefault(messageId, List.of());
    }
}
