package org.loyaldesk.conversation;

/**
 * How long one reply may be, the same on every channel: a reply is read by a person on a phone as often as in a
 * mail client, and chat connectors split what they cannot send in one message. Longer belongs in an attachment or a
 * help-centre article.
 */
public final class ReplyLength {

    public static final int MAX_CHARACTERS = 10_000;

    private ReplyLength() {
    }

    public static boolean fits(String text) {
        return text.length() <= MAX_CHARACTERS;
    }

    static void check(String text) {
        if (!fits(text)) {
            throw new IllegalArgumentException("A reply is at most " + MAX_CHARACTERS + " characters on every channel; "
                + "this one has " + text.length());
        }
    }
}
