package org.loyaldesk.text.scoring;

/** Which code points are pictographs; modifiers such as skin tones and variation selectors are not. */
final class Emoji {

    private Emoji() {
    }

    static boolean is(int codePoint) {
        if (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) {
            return false;
        }
        return (codePoint >= 0x1F300 && codePoint <= 0x1FAFF) || (codePoint >= 0x2600 && codePoint <= 0x27BF)
            || (codePoint >= 0x1F100 && codePoint <= 0x1F2FF) || codePoint == 0x2B50 || codePoint == 0x2764;
    }
}
