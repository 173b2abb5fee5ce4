package org.loyaldesk.channel.email.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One MIME entity while it is being walked: a message, or a part of one. */
final class Frame {

    final String path;
    final int depth;
    final MessageBuilder owner;
    /** Parts that are alternatives of each other share a group; only one of each kind is shown. */
    final String alternativeGroup;
    final boolean messageRoot;
    /** RFC 2046: a part of a multipart/digest without Content-Type is a message, not text. */
    final boolean inDigest;
    final List<MailHeaders.Header> headers = new ArrayList<>();
    String mimeType = "text/plain";
    int children;
    byte[] preamble = new byte[0];
    boolean skipped;

    private Frame(String path, int depth, MessageBuilder owner, String alternativeGroup, boolean messageRoot,
                  boolean inDigest) {
        this.inDigest = inDigest;
        this.path = path;
        this.depth = depth;
        this.owner = owner;
        this.alternativeGroup = alternativeGroup;
        this.messageRoot = messageRoot;
    }

    static Frame message(String path, int depth, MessageBuilder owner) {
        return new Frame(path, depth, owner, null, true, false);
    }

    Frame child() {
        children++;
        String childPath = path.isEmpty() ? String.valueOf(children) : path + "." + children;
        String group = "multipart/alternative".equals(mimeType) ? path : alternativeGroup;
        return new Frame(childPath, depth + 1, owner, group, false, "multipart/digest".equals(mimeType));
    }

    /** The group a text part of this entity belongs to: its alternatives', or its own. */
    String textGroup() {
        return alternativeGroup != null ? alternativeGroup : "#" + path;
    }

    String raw(String name) {
        return headers.stream().filter(header -> header.name().equalsIgnoreCase(name)).map(MailHeaders.Header::raw)
            .findFirst().orElse("");
    }

    boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    boolean isAttachedMessage() {
        return mimeType.equals("message/rfc822");
    }

    void describe(String mimeType) {
        this.mimeType = mimeType == null ? "text/plain" : mimeType.toLowerCase(Locale.ROOT);
    }
}
