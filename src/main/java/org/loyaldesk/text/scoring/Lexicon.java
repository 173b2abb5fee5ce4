package org.loyaldesk.text.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Terms (single words or phrases of a few words) with a value, merged from several sources. Where
 * sources disagree about a term the mean of their values counts; a list marked as overriding wins.
 */
public final class Lexicon {

    private final Map<String, Double> values;
    private final int longestPhrase;
    private final boolean dutchInflection;

    private Lexicon(Map<String, Double> values, boolean dutchInflection) {
        this.values = Map.copyOf(values);
        this.longestPhrase = values.keySet().stream().mapToInt(term -> term.split(" ").length).max().orElse(1);
        this.dutchInflection = dutchInflection;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int longestPhrase() {
        return longestPhrase;
    }

    public int size() {
        return values.size();
    }

    /** The value of a term, or NaN. Dutch words are also looked up without inflection ("goede" as "goed"). */
    public double valueOf(String term) {
        Double value = values.get(term);
        if (value != null) {
            return value;
        }
        if (dutchInflection && term.indexOf(' ') < 0) {
            for (String base : DutchInflection.baseForms(term)) {
                value = values.get(base);
                if (value != null) {
                    return value;
                }
            }
        }
        return Double.NaN;
    }

    public boolean contains(String term) {
        return !Double.isNaN(valueOf(term));
    }

    public static final class Builder {
        private final Map<String, double[]> sums = new HashMap<>();
        private final Map<String, Double> overrides = new HashMap<>();
        private boolean dutchInflection;

        /** Adds a "term&lt;TAB&gt;value" resource; values are multiplied by scale to bring sources onto one range. */
        public Builder add(String resource, double scale) {
            Map<String, double[]> source = new HashMap<>();
            read(resource, (term, value) -> {
                double[] sum = source.computeIfAbsent(term, t -> new double[2]);
                sum[0] += value * scale;
                sum[1]++;
            });
            source.forEach((term, sum) -> {
                double[] total = sums.computeIfAbsent(term, t -> new double[2]);
                total[0] += sum[0] / sum[1];
                total[1]++;
            });
            return this;
        }

        /** Adds a resource whose values replace those of every other source: our own curated lists. */
        public Builder override(String resource, double scale) {
            read(resource, (term, value) -> overrides.put(term, value * scale));
            return this;
        }

        public Builder dutchInflection() {
            this.dutchInflection = true;
            return this;
        }

        public Lexicon build() {
            Map<String, Double> values = new HashMap<>();
            sums.forEach((term, sum) -> values.put(term, sum[0] / sum[1]));
            values.putAll(overrides);
            return new Lexicon(values, dutchInflection);
        }

        private interface Entry {
            void accept(String term, double value);
        }

        /** Lines are "term&lt;TAB&gt;value" or a bare term (value 1); '#' starts a comment line. */
        private static void read(String resource, Entry entry) {
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing lexicon resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.lastIndexOf('\t');
                    String term = (tab < 0 ? line : line.substring(0, tab)).trim().toLowerCase(Locale.ROOT);
                    double value = tab < 0 ? 1 : Double.parseDouble(line.substring(tab + 1).trim());
                    entry.accept(term.replace('’', '\''), value);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
