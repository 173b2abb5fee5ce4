package org.loyaldesk.channel.email.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where attachment content goes while a message is parsed, so that no attachment is ever held in
 * memory whole. The content stream is decoded (no base64) and throws {@link PartTooLargeException}
 * when the part passes the size limit: a sink must then keep nothing of it (write to a temporary
 * file and move it into place only when the stream ended normally).
 */
@FunctionalInterface
public interface AttachmentSink {

    /** Reads the content to its end and returns a key to find it again, or null if it was not kept. */
    String store(AttachmentPart part, InputStream content) throws IOException;

    /** Keeps nothing; the parser still reads every part to learn its size. */
    AttachmentSink DISCARD = (part, content) -> {
        content.transferTo(OutputStream.nullOutputStream());
        return null;
    };
}
