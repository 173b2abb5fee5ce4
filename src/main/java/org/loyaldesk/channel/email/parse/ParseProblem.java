package org.loyaldesk.channel.email.parse;

/** Something wrong with a message that parsing worked around; agents see these beside the message. */
public record ParseProblem(Kind kind, String detail) {

    public enum Kind {
        /** A header field or header block was larger than the limit and was cut. */
        HEADER_TOO_LARGE,
        /** A header line that is not a field, or a field with an unusable value. */
        MALFORMED_HEADER,
        /** A multipart without a boundary parameter, or whose boundary never occurs. */
        MISSING_BOUNDARY,
        /** The message ends inside a part or a header: it was cut off on the way. */
        TRUNCATED,
        /** A charset name Java does not know; the text was read as UTF-8 or windows-1252. */
        UNKNOWN_CHARSET,
        /** Bytes that do not fit the declared charset; replaced or read in a fallback charset. */
        UNDECODABLE_TEXT,
        /** Broken base64 or quoted-printable; what could be decoded was kept. */
        BAD_TRANSFER_ENCODING,
        /** Parts nested deeper than the limit; the deeper content stays only in the raw message. */
        NESTING_TOO_DEEP,
        /** More parts than the limit; the rest stay only in the raw message. */
        TOO_MANY_PARTS,
        /** An attachment over the size limit; it was not stored and stays only in the raw message. */
        PART_TOO_LARGE,
        /** Text longer than the limit was cut. */
        TEXT_TRUNCATED,
        /** The attachment sink failed; the attachment stays only in the raw message. */
        ATTACHMENT_NOT_STORED,
        /** The MIME structure could not be followed; the text was salvaged from the raw bytes. */
        UNPARSEABLE,
        /** The message has no readable text at all (for example only an image). */
        NO_TEXT,
        /** A NUL or an unpaired surrogate in a header or a name, which no database column keeps; removed. */
        UNSTORABLE_TEXT
    }

    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
