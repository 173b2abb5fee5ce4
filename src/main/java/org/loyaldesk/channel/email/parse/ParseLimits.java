package org.loyaldesk.channel.email.parse;

/**
 * Bounds on what one message may cost to parse. Everything over a bound is cut or skipped and
 * reported as a problem; the raw message, kept separately, still has it all.
 *
 * @param maxHeaderBytes  one header block (all fields of one message or part)
 * @param maxFieldBytes   one header field, continuation lines included
 * @param maxLineBytes    one physical header line; a longer one makes the structure unreadable
 * @param maxDepth        nesting of multiparts and attached messages
 * @param maxParts        parts in the whole message
 * @param maxPartBytes    decoded size of one attachment handed to the sink
 * @param maxTextBytes    decoded bytes read from one text part
 * @param maxTextChars    characters of plain text (and of HTML) kept for the whole message
 */
public record ParseLimits(int maxHeaderBytes, int maxFieldBytes, int maxLineBytes, int maxDepth, int maxParts,
                          long maxPartBytes, int maxTextBytes, int maxTextChars) {

    public static final ParseLimits DEFAULTS = new ParseLimits(512 * 1024, 128 * 1024, 1024 * 1024, 40, 1_000,
        50L * 1024 * 1024, 4 * 1024 * 1024, 1_000_000);

    public ParseLimits withMaxPartBytes(long bytes) {
        return new ParseLimits(maxHeaderBytes, maxFieldBytes, maxLineBytes, maxDepth, maxParts, bytes, maxTextBytes,
            maxTextChars);
    }
}
