package org.loyaldesk.platform;

/**
 * A module that stores secrets sealed by {@link SecretBox}: at start, and when the key is
 * rotated, it reseals every value not sealed with the current key (values stored before sealing
 * existed included).
 */
public interface SealedSecretStore {

    /** Reseals what is not sealed with the current key; returns how many values changed. */
    int resealAll(SecretBox box);
}
