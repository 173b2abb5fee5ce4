package org.loyaldesk.chat;

/**
 * What the chat refuses a visitor, with the code the widget shows in the visitor's language
 * ({@code invalid-input}, {@code not-your-visitor}, {@code invalid-identity}, {@code origin-not-allowed},
 * {@code too-large}, {@code too-many}, {@code not-found}) and the HTTP status it answers with.
 */
public class ChatRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public ChatRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ChatRefusal invalid(String message) {
        return new ChatRefusal(400, "invalid-input", message);
    }

    public static ChatRefusal notYourVisitor() {
        return new ChatRefusal(403, "not-your-visitor", "This visitor id and token do not belong together");
    }

    public static ChatRefusal tooMany(String message) {
        return new ChatRefusal(429, "too-many", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
