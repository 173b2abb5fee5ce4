package org.loyaldesk.automation.macros;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loyaldesk.platform.RuleViolationException;

/**
 * The placeholders a macro text may hold, in one place: {@code {customer.name}}, {@code {order.number}} (the
 * customer's latest order), {@code {agent.name}} and {@code {article:slug}} (a help-centre link in the reply's
 * language). Anything else in braces is refused when the macro is saved, so a typo never reaches a customer.
 */
public final class Placeholders {

    public static final String CUSTOMER_NAME = "customer.name";
    public static final String ORDER_NUMBER = "order.number";
    public static final String AGENT_NAME = "agent.name";
    public static final String ARTICLE = "article:";
    public static final List<String> KNOWN = List.of("{" + CUSTOMER_NAME + "}", "{" + ORDER_NUMBER + "}",
        "{" + AGENT_NAME + "}", "{" + ARTICLE + "slug}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{0,100})\\}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Placeholders() {
    }

    /** Refuses a text with a placeholder that is not one of {@link #KNOWN}, naming it. */
    public static void check(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!isKnown(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("macro-placeholder", "Unknown placeholder " + String.join(", ", unknown)
                + "; use " + String.join(", ", KNOWN), String.join(", ", unknown), String.join(", ", KNOWN));
        }
    }

    private static boolean isKnown(String name) {
        return switch (name) {
            case CUSTOMER_NAME, ORDER_NUMBER, AGENT_NAME -> true;
            default -> name.startsWith(ARTICLE) && SLUG.matcher(name.substring(ARTICLE.length())).matches();
        };
    }

    /**
     * The text with its placeholders filled in. A value the conversation lacks (a customer without orders) is
     * left empty and named in {@link Filled#missing}, so that the agent can fix the sentence before sending.
     */
    public static Filled fill(String text, Values values) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case CUSTOMER_NAME -> values.customerName();
                case ORDER_NUMBER -> values.orderNumber();
                case AGENT_NAME -> values.agentName();
                default -> isKnown(name) ? values.articleLink().apply(name.substring(ARTICLE.length())) : matcher.group();
            };
            if (value == null || value.isBlank()) {
                missing.add(name);
                value = "";
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return new Filled(filled.toString(), List.copyOf(missing));
    }

    /** What the placeholders stand for in one conversation; any may be null. */
    public record Values(String customerName, String orderNumber, String agentName, UnaryOperator<String> articleLink) {
    }

    public record Filled(String text, List<String> missing) {
    }
}
