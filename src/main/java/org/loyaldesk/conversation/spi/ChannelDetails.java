package org.loyaldesk.conversation.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * What a channel knows about the messages of a conversation beyond their text: warnings for agents,
 * attachments, a link to the message as it arrived. Implemented by channels; the conversation page
 * shows it without knowing any channel.
 */
public interface ChannelDetails {

    /** Details by message id, for the messages of this conversation this channel knows. */
    Map<Long, MessageDetail> messages(long conversationId);

    /** Who else is on the conversation besides the customer (for example Cc on email), as "Name <address>". */
    List<String> participants(long conversationId);

    /**
     * @param flags       codes of what agents should know, shown with message key {@code flag.<code>} (e.g. spam, bounce)
     * @param notes       free text beside the flags, e.g. why parsing struggled or why a message is spam
     * @param originalUrl where the message can be seen exactly as it arrived, or null
     * @param htmlUrl     where its formatted (sanitised) version can be seen, or null
     */
    record MessageDetail(List<String> flags, List<String> notes, List<Attachment> attachments, String originalUrl,
                         String htmlUrl) {
    }

    /**
     * Writes a file that came with a message of this conversation, named by its {@link Attachment#key}, for the
     * customer it belongs to; false when this channel has no such file in this conversation.
     */
    default boolean writeFile(long conversationId, String key, OutputStream out) throws IOException {
        return false;
    }

    /**
     * @param url where agents download it
     * @param key what names it to its channel within the conversation, for {@link #writeFile}
     */
    record Attachment(String name, String contentType, long size, String url, String key) {
    }
}
