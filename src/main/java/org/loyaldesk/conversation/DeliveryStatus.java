package org.loyaldesk.conversation;

/** Whether a reply reached the customer's channel. Only replies are delivered. */
public enum DeliveryStatus {
    NOT_APPLICABLE, PENDING, SENT, FAILED
}
