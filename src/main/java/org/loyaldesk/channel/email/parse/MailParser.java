package org.loyaldesk.channel.email.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Reads a raw RFC 822 message into a {@link ParsedMail}. It never throws and never needs more memory
 * than its {@link ParseLimits}, whatever the input: what it cannot read is listed in
 * {@link ParsedMail#problems()}, and the caller keeps the raw bytes anyway. Attachments are streamed
 * to an {@link AttachmentSink} while the message is read. Thread-safe; one instance serves all.
 */
public final class MailParser {

    /** How much of the start of a message is kept to salvage text from when its structure cannot be followed. */
    private static final int SALVAGE_BYTES = 256 * 1024;

    private final ParseLimits limits;
    private final MimeConfig config;

    public MailParser() {
        this(ParseLimits.DEFAULTS);
    }

    public MailParser(ParseLimits limits) {
        this.limits = limits;
        this.config = MimeConfig.custom().setStrictParsing(false).setMaxLineLen(limits.maxLineBytes())
            .setMaxHeaderCount(-1).setMaxHeaderLen(-1).setMaxContentLen(-1).build();
    }

    /** Parses a message whose attachments are not kept (their sizes are still counted). */
    public ParsedMail parse(byte[] raw) {
        return parse(raw, AttachmentSink.DISCARD);
    }

    public ParsedMail parse(byte[] raw, AttachmentSink sink) {
        return parse(new ByteArrayInputStream(raw == null ? new byte[0] : raw), sink);
    }

    /** Reads {@code raw} to its end (or to where it fails); the caller closes it. */
    public ParsedMail parse(InputStream raw, AttachmentSink sink) {
        Problems problems = new Problems();
        BoundedFieldBuilder fields = new BoundedFieldBuilder(limits, problems);
        MimeTokenStream tokens = new MimeTokenStream(config, problems, fields, null);
        tokens.setRecursionMode(RecursionMode.M_RECURSE);
        BoundedStreams.Recording recording = new BoundedStreams.Recording(raw, SALVAGE_BYTES);
        MimeWalk walk = new MimeWalk(limits, sink, problems, fields);
        try {
            tokens.parse(recording);
            walk.run(tokens);
        } catch (MimeException | IOException | RuntimeException broken) {
            problems.add(ParseProblem.Kind.UNPARSEABLE, "structure not readable after byte " + recording.position() + ": "
                + broken.getMessage());
            walk.salvage(recording.prefix());
        } catch (StackOverflowError deep) {
            problems.add(ParseProblem.Kind.UNPARSEABLE, "structure too deep to follow");
            walk.salvage(recording.prefix());
        }
        try {
            return walk.finish();
        } catch (RuntimeException | StackOverflowError unexpected) {
            return fallback(problems, recording.prefix(), unexpected);
        }
    }

    /** Last resort if even building the result failed: the raw start of the message as text. */
    private ParsedMail fallback(Problems problems, byte[] prefix, Throwable cause) {
        problems.add(ParseProblem.Kind.UNPARSEABLE, "result could not be built: " + cause);
        MessageBuilder bare = new MessageBuilder(limits);
        bare.salvage(TextDecoding.guess(prefix, prefix.length));
        return bare.build(problems);
    }
}
