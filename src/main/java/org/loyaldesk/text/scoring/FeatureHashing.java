package org.loyaldesk.text.scoring;

/**
 * Maps a feature name to a slot without a vocabulary, so that a model learns new words without
 * re-indexing. {@link String#hashCode()} is specified by the JLS, which keeps slots stable across JVMs.
 */
public final class FeatureHashing {

    private FeatureHashing() {
    }

    public static int slot(String feature, int bits) {
        int h = feature.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & ((1 << bits) - 1);
    }
}
