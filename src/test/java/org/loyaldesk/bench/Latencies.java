package org.loyaldesk.bench;

import java.util.Arrays;

/** Response times of one benchmark run, in nanoseconds, one slot per request. */
final class Latencies {

    private final long[] nanos;

    Latencies(int requests) {
        this.nanos = new long[requests];
    }

    void record(int request, long elapsedNanos) {
        nanos[request] = elapsedNanos;
    }

    /** The given percentile in milliseconds (100 = the slowest request). */
    double percentile(double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
