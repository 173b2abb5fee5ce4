package org.loyaldesk.text;

/**
 * A message body taken apart: what the customer wrote now, the history they quoted below it, and
 * their signature. None is ever null; a part that is absent is empty.
 */
public record MessageParts(String newText, String quoted, String signature) {

    public MessageParts {
        newText = newText == null ? "" : newText;
        quoted = quoted == null ? "" : quoted;
        signature = signature == null ? "" : signature;
    }
}
