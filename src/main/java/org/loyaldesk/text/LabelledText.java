package org.loyaldesk.text;

/** A message with the contact reason an agent confirmed for it: what the reason classifier learns from. */
public record LabelledText(String text, String reason) {
}
