package org.loyaldesk.platform;

/**
 * The request is well-formed but breaks a business rule; answered with 422 and the rule in
 * words. {@code code} names the rule so that screens can say it in the user's language
 * (message key {@code rule.<code>}); the message is the English text the API returns.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RuleViolationException(String message) {
        this(null, message);
    }

    public RuleViolationException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
