package org.loyaldesk.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled messages Loyaldesk ships so that a fresh installation suggests reasons before any agent
 * has confirmed one: written for Loyaldesk, in Dutch and English, a handful per demo reason.
 */
public final class SeedExamples {

    public static final List<String> DEMO_REASONS = List.of("order-status", "delivery", "return-refund", "payment",
        "product-defect", "account", "service-complaint", "other");

    private static final String RESOURCE = "/text/reasons/seed-examples.tsv";

    private SeedExamples() {
    }

    /** Lines are "reason TAB language TAB text"; the language is documentation for whoever edits the file. */
    public static List<LabelledText> load() {
        List<LabelledText> examples = new ArrayList<>();
        try (InputStream in = SeedExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length == 3 && !line.startsWith("#")) {
                    examples.add(new LabelledText(parts[2].trim(), parts[0].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(examples);
    }
}
