package org.loyaldesk.conversation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer's message refers to: order numbers ("bestelling KK-10234", "order #55123") and our
 * conversation numbers ("#1234"). Only a number after a word that names an order counts as an order,
 * so that a phone number, a date or an amount never ties two issues together.
 *
 * @param orders        order numbers, upper case
 * @param conversations conversation numbers
 */
record MessageReferences(Set<String> orders, Set<Long> conversations) {

    private static final Pattern ORDER = Pattern.compile("(?iu)\\b(?:order|orders|bestelling|bestellingen|bestel"
        + "|zending|pakket|parcel|shipment)(?:nummer|number|nr|no)?\\.?\\s*(?:nr\\.?|no\\.?|number|nummer)?\\s*[:#]?\\s*"
        + "([a-z0-9][a-z0-9-]{1,40})");
    private static final Pattern CONVERSATION = Pattern.compile("(?<![\\w&/])#(\\d{1,18})\\b");
    private static final int MIN_DIGITS = 3;
    private static final int MAX_LENGTH = 64;

    static MessageReferences none() {
        return new MessageReferences(Set.of(), Set.of());
    }

    static MessageReferences in(String subject, String text) {
        Set<String> orders = new LinkedHashSet<>();
        Set<Long> conversations = new LinkedHashSet<>();
        for (String part : new String[] { subject, text }) {
            if (part == null) {
                continue;
            }
            Matcher order = ORDER.matcher(part);
            while (order.find()) {
                String candidate = order.group(1).replaceAll("-+$", "").toUpperCase(Locale.ROOT);
                if (digits(candidate) >= MIN_DIGITS && candidate.length() <= MAX_LENGTH) {
                    orders.add(candidate);
                }
            }
            Matcher conversation = CONVERSATION.matcher(part);
            while (conversation.find()) {
                conversations.add(Long.parseLong(conversation.group(1)));
            }
        }
        return new MessageReferences(Set.copyOf(orders), Set.copyOf(conversations));
    }

    boolean isEmpty() {
        return orders.isEmpty() && conversations.isEmpty();
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }
}
