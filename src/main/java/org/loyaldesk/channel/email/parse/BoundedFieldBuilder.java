package org.loyaldesk.channel.email.parse;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.FieldBuilder;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.apache.james.mime4j.util.RecycledByteArrayBuffer;

/**
 * Collects header fields for mime4j, but cuts an oversized field and drops fields past the size of
 * a whole header block instead of aborting the parse as mime4j's own builder does: a 10 MB header
 * then costs at most the limits in memory, and the rest of the message is still read.
 */
final class BoundedFieldBuilder implements FieldBuilder {

    private final ByteArrayBuffer field = new ByteArrayBuffer(1024);
    private final int maxFieldBytes;
    private final int maxHeaderBytes;
    private final Problems problems;
    private long headerBytes;
    private boolean fieldCut;
    private boolean firstField;

    BoundedFieldBuilder(ParseLimits limits, Problems problems) {
        this.maxFieldBytes = limits.maxFieldBytes();
        this.maxHeaderBytes = limits.maxHeaderBytes();
        this.problems = problems;
    }

    /** Called when a new header block starts: the block limit counts per message or part. */
    void startHeader() {
        headerBytes = 0;
        firstField = true;
    }

    @Override
    public void reset() {
        field.clear();
        fieldCut = false;
    }

    @Override
    public void append(ByteArrayBuffer line) {
        if (line == null) {
            return;
        }
        headerBytes += line.length();
        int room = maxFieldBytes - field.length();
        if (line.length() <= room) {
            field.append(line.buffer(), 0, line.length());
        } else {
            field.append(line.buffer(), 0, Math.max(room, 0));
            fieldCut = true;
        }
    }

    @Override
    public RawField build() throws MimeException {
        if (headerBytes > maxHeaderBytes) {
            problems.add(ParseProblem.Kind.HEADER_TOO_LARGE, "header block over " + maxHeaderBytes + " bytes; later fields dropped");
            return null;
        }
        int length = field.length();
        while (length > 0 && (field.byteAt(length - 1) == '\n' || field.byteAt(length - 1) == '\r')) {
            length--;
        }
        boolean first = firstField;
        firstField = false;
        if (length == 0 || first && isMboxEnvelope()) {
            return null;
        }
        RawField parsed = RawFieldParser.DEFAULT.parseField(new ByteArrayBuffer(field.buffer(), length, false));
        String name = parsed.getName();
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
            throw new MimeException("not a header field: " + TextDecoding.clip(name));
        }
        if (fieldCut) {
            problems.add(ParseProblem.Kind.HEADER_TOO_LARGE, "field " + TextDecoding.clip(name) + " cut at " + maxFieldBytes + " bytes");
        }
        return parsed;
    }

    /** The "From sender date" line that mailbox files and MTA pipes put before the first header is no field and no error. */
    private boolean isMboxEnvelope() {
        return field.length() > 5 && field.byteAt(0) == 'F' && field.byteAt(1) == 'r' && field.byteAt(2) == 'o'
            && field.byteAt(3) == 'm' && field.byteAt(4) == ' ';
    }

    @Override
    public RecycledByteArrayBuffer getRaw() {
        return null;
    }

    @Override
    public void release() {
    }
}
