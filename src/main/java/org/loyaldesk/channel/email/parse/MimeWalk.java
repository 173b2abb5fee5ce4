package org.loyaldesk.channel.email.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.ByteSequence;
import org.loyaldesk.platform.StorableText;

/**
 * Follows mime4j's flat stream of tokens (start of part, header field, body, end of part) and keeps
 * the nesting on an explicit stack, so 1,000 nested parts cost heap, not call stack. Parts nested
 * too deep or beyond the part limit are read flat and skipped.
 */
final class MimeWalk {

    private static final Set<String> REPORT_TYPES = Set.of("message/delivery-status", "message/global-delivery-status",
        "text/rfc822-headers", "message/disposition-notification", "message/feedback-report");
    private static final int MAX_PREAMBLE_BYTES = 64 * 1024;
    private static final int MAX_REPORT_BYTES = 64 * 1024;
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");
    private static final Pattern FOLDING = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]{0,200}charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");

    private final ParseLimits limits;
    private final AttachmentSink sink;
    private final Problems problems;
    private final BoundedFieldBuilder fields;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<MessageBuilder> messages = new ArrayDeque<>();
    private final MessageBuilder root;
    private int parts;

    MimeWalk(ParseLimits limits, AttachmentSink sink, Problems problems, BoundedFieldBuilder fields) {
        this.limits = limits;
        this.sink = sink;
        this.problems = problems;
        this.fields = fields;
        this.root = new MessageBuilder(limits);
    }

    void run(MimeTokenStream tokens) throws IOException, MimeException {
        for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
            switch (state) {
                case T_START_MESSAGE -> startMessage();
                case T_START_BODYPART -> startPart();
                case T_START_HEADER -> fields.startHeader();
                case T_FIELD -> frames.peek().headers.add(header(frames.peek(), tokens.getField()));
                case T_END_HEADER -> endHeader(tokens);
                case T_PREAMBLE -> frames.peek().preamble = BoundedStreams.readAtMost(tokens.getInputStream(), MAX_PREAMBLE_BYTES).bytes();
                case T_END_MULTIPART -> endMultipart();
                case T_START_MULTIPART -> frames.peek().describe(tokens.getBodyDescriptor().getMimeType());
                case T_BODY -> {
                    tokens.setRecursionMode(RecursionMode.M_RECURSE);
                    if (!frames.peek().skipped) {
                        frames.peek().describe(tokens.getBodyDescriptor().getMimeType());
                    }
                    body(frames.peek(), tokens);
                }
                case T_END_BODYPART -> frames.pop();
                case T_END_MESSAGE -> endMessage();
                case T_RAW_ENTITY -> BoundedStreams.drain(tokens.getInputStream());
                default -> {
                    // the epilogue and the start of a multipart carry nothing for a reader
                }
            }
        }
    }

    /** After the walk broke off: whatever was found stands, and text comes from the raw bytes if none was found. */
    void salvage(byte[] rawPrefix) {
        if (!root.hasHeaders()) {
            root.headers(headersOf(rawPrefix)); // the walk broke off inside the header: keep the fields before the break
        }
        if (root.hasText()) {
            return;
        }
        String raw = TextDecoding.guess(rawPrefix, rawPrefix.length);
        Matcher blankLine = BLANK_LINE.matcher(raw);
        String body = blankLine.find() ? raw.substring(blankLine.end()) : raw;
        root.salvage(body.length() <= 100_000 ? body : body.substring(0, 100_000));
    }

    /** The header fields at the start of the raw bytes, up to the blank line or the first line too long to be one. */
    private List<MailHeaders.Header> headersOf(byte[] rawPrefix) {
        List<MailHeaders.Header> headers = new ArrayList<>();
        String raw = TextDecoding.guess(rawPrefix, rawPrefix.length);
        StringBuilder field = new StringBuilder();
        for (String line : raw.split("\r?\n", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation && field.indexOf(":") > 0 && !field.substring(0, field.indexOf(":")).contains(" ")) {
                int colon = field.indexOf(":");
                String value = field.substring(colon + 1).strip();
                headers.add(new MailHeaders.Header(field.substring(0, colon).strip(), value, EncodedWords.decode(value)));
            }
            if (line.isEmpty() || line.length() > limits.maxFieldBytes()) {
                break;
            }
            field.setLength(continuation ? field.length() : 0);
            field.append(line);
        }
        return headers;
    }

    ParsedMail finish() {
        return root.build(problems);
    }

    private void startMessage() {
        parts++;
        if (frames.isEmpty()) {
            messages.push(root);
            frames.push(Frame.message("", 0, root));
            return;
        }
        Frame container = frames.peek();
        MessageBuilder attached = new MessageBuilder(limits);
        messages.push(attached);
        frames.push(Frame.message(container.path, container.depth + 1, attached));
    }

    private void startPart() {
        parts++;
        frames.push(frames.peek().child());
    }

    /** mime4j only tells the type after it has acted on it, so the limits here work from the type as declared. */
    private void endHeader(MimeTokenStream tokens) {
        Frame frame = frames.peek();
        HeaderValue type = HeaderValue.parse(frame.raw("Content-Type"));
        frame.describe(declaredType(frame, type));
        if (frame.messageRoot) {
            frame.owner.headers(frame.headers);
        }
        if (type.value().startsWith("multipart/") && !frame.isMultipart()) {
            problems.add(ParseProblem.Kind.MISSING_BOUNDARY, "a multipart without boundary parameter was read as text");
        }
        boolean container = frame.isMultipart() || frame.isAttachedMessage();
        if (container && frame.depth >= limits.maxDepth()) {
            problems.add(ParseProblem.Kind.NESTING_TOO_DEEP, "parts nested deeper than " + limits.maxDepth() + " were skipped");
            skipFlat(frame, tokens);
        } else if (parts > limits.maxParts()) {
            problems.add(ParseProblem.Kind.TOO_MANY_PARTS, "parts after the first " + limits.maxParts() + " were skipped");
            skipFlat(frame, tokens);
        }
    }

    /** As mime4j decides it: a multipart needs a boundary, parts of a digest are messages, anything else unclear is text. */
    private static String declaredType(Frame frame, HeaderValue type) {
        if (!TYPE.matcher(type.value()).matches()) {
            return frame.inDigest ? "message/rfc822" : "text/plain";
        }
        return type.value().startsWith("multipart/") && type.parameter("boundary").isEmpty() ? "text/plain" : type.value();
    }

    private static void skipFlat(Frame frame, MimeTokenStream tokens) {
        frame.skipped = true;
        tokens.setRecursionMode(RecursionMode.M_FLAT);
    }

    private void endMultipart() {
        Frame frame = frames.peek();
        if (frame.children == 0) {
            problems.add(ParseProblem.Kind.MISSING_BOUNDARY, "the multipart boundary never occurs; its content was read as text");
            frame.owner.salvage(TextDecoding.guess(frame.preamble, frame.preamble.length));
        }
    }

    private void endMessage() {
        frames.pop();
        MessageBuilder finished = messages.pop();
        if (finished != root) {
            messages.peek().attachedMessage(finished.build(new Problems()));
        }
    }

    private void body(Frame frame, MimeTokenStream tokens) throws IOException {
        if (frame.skipped) {
            BoundedStreams.drain(tokens.getInputStream());
            return;
        }
        HeaderValue type = HeaderValue.parse(frame.raw("Content-Type"));
        HeaderValue disposition = HeaderValue.parse(frame.raw("Content-Disposition"));
        String fileName = FileNames.clean(disposition.parameter("filename").isEmpty() ? type.parameter("name")
            : disposition.parameter("filename"));
        boolean isAttachment = disposition.value().equals("attachment") || !fileName.isEmpty();
        if (REPORT_TYPES.contains(frame.mimeType)) {
            BoundedStreams.Prefix report = BoundedStreams.readAtMost(tokens.getDecodedInputStream(), MAX_REPORT_BYTES);
            frame.owner.reportPart(frame.mimeType, TextDecoding.guess(report.bytes(), report.bytes().length));
        } else if ((frame.mimeType.equals("text/plain") || frame.mimeType.equals("text/html")) && !isAttachment) {
            text(frame, type.parameter("charset"), tokens.getDecodedInputStream());
        } else {
            attachment(frame, fileName, disposition, tokens.getDecodedInputStream());
        }
    }

    private void text(Frame frame, String charset, InputStream content) throws IOException {
        BoundedStreams.Prefix bytes = BoundedStreams.readAtMost(content, limits.maxTextBytes());
        if (bytes.cut()) {
            problems.add(ParseProblem.Kind.TEXT_TRUNCATED, "a text part of " + bytes.total() + " bytes was cut");
        }
        boolean html = frame.mimeType.equals("text/html");
        if (html && charset.isEmpty()) {
            Matcher meta = META_CHARSET.matcher(new String(bytes.bytes(), 0, Math.min(bytes.bytes().length, 2048),
                Charsets.WINDOWS_1252));
            charset = meta.find() ? meta.group(1) : "";
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes.bytes(), bytes.bytes().length, charset);
        problems.add(decoded.problem());
        frame.owner.text(frame.textGroup(), html, decoded.text());
    }

    private void attachment(Frame frame, String rawFileName, HeaderValue disposition, InputStream content) throws IOException {
        String fileName = storable(frame, "file name", rawFileName);
        String contentId = storable(frame, "Content-ID", MessageIds.first(frame.raw("Content-ID")));
        boolean inline = disposition.value().equals("inline") || (disposition.value().isEmpty() && !contentId.isEmpty());
        AttachmentPart part = new AttachmentPart(frame.path, fileName, storable(frame, "Content-Type", frame.mimeType),
            contentId, inline);
        BoundedStreams.Limited limited = new BoundedStreams.Limited(content, limits.maxPartBytes());
        String storageKey;
        try {
            storageKey = sink.store(part, limited);
        } catch (IOException | RuntimeException failed) {
            storageKey = null;
            if (!limited.exceeded()) {
                problems.add(ParseProblem.Kind.ATTACHMENT_NOT_STORED, describe(part) + ": " + failed.getMessage());
            }
        }
        long size = limited.count() + BoundedStreams.drain(content);
        if (limited.exceeded()) {
            storageKey = null; // whatever the sink kept of it is incomplete
            problems.add(ParseProblem.Kind.PART_TOO_LARGE, describe(part) + " has " + size + " bytes, over the limit of "
                + limits.maxPartBytes());
        }
        frame.owner.attachment(new Attachment(part.partPath(), fileName, part.contentType(), contentId, inline, size, storageKey));
    }

    /** The mail is filed all the same: what no database can keep is removed here, and the raw message keeps it. */
    private String storable(Frame frame, String what, String value) {
        if (StorableText.isStorable(value)) {
            return value;
        }
        problems.add(ParseProblem.Kind.UNSTORABLE_TEXT, "part " + frame.path + ": the " + what
            + " held a NUL or an unpaired surrogate, removed (the raw message keeps it)");
        return StorableText.of(value);
    }

    private static boolean holdsNul(ByteSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.byteAt(i) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(AttachmentPart part) {
        return "part " + part.partPath() + (part.fileName().isEmpty() ? "" : " '" + part.fileName() + "'");
    }

    private MailHeaders.Header header(Frame frame, Field field) {
        ByteSequence raw = field.getRaw();
        if (raw != null && holdsNul(raw)) {
            // the header is kept without it (see MailHeaders.Header); the agent is told, the raw message keeps it
            problems.add(ParseProblem.Kind.UNSTORABLE_TEXT, "part " + (frame.path.isEmpty() ? "(message)" : frame.path)
                + ": the " + TextDecoding.clip(StorableText.of(field.getName())) + " header held a NUL, removed");
        }
        String text = raw != null ? TextDecoding.guess(raw.toByteArray(), raw.length()) : field.getName() + ": " + field.getBody();
        int colon = text.indexOf(':');
        String value = colon < 0 ? "" : text.substring(colon + 1);
        value = CONTROL.matcher(FOLDING.matcher(value).replaceAll("")).replaceAll(" ").strip();
        return new MailHeaders.Header(field.getName().strip(), value, EncodedWords.decode(value));
    }

}
