package org.loyaldesk.text.scoring;

import java.util.Arrays;

/**
 * A sparse vector of features: slot indices with values, and for each the term it came from so
 * that a prediction can name the words that drove it.
 */
public final class FeatureVector {

    private int[] slots = new int[32];
    private float[] values = new float[32];
    private String[] terms = new String[32];
    private int size;

    public void add(int slot, float value, String term) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
            values = Arrays.copyOf(values, size * 2);
            terms = Arrays.copyOf(terms, size * 2);
        }
        slots[size] = slot;
        values[size] = value;
        terms[size] = term;
        size++;
    }

    /** Multiplies the values from index {@code from} on, e.g. to give long and short texts the same norm. */
    public void scale(int from, float factor) {
        for (int i = from; i < size; i++) {
            values[i] *= factor;
        }
    }

    public int size() {
        return size;
    }

    public int slot(int i) {
        return slots[i];
    }

    public float value(int i) {
        return values[i];
    }

    public String term(int i) {
        return terms[i];
    }
}
