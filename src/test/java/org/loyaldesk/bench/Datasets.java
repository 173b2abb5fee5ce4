package org.loyaldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Readers for the third-party data sets in ../shared/data. Held-out parts are chosen by a hash of
 * the text (or review id), so every run and every machine splits the same way.
 */
final class Datasets {

    static final Path ROOT = Path.of(System.getProperty("loyaldesk.data", "../shared/data"));

    /** A text with a value: a label 0/1, a valence, or a class name in {@code label}. */
    record Sample(String text, double value, String label, String group) {
    }

    private Datasets() {
    }

    /** One in five texts is held out for evaluation. */
    static boolean heldOut(String key) {
        return Math.floorMod(key.hashCode() * 31 + 7, 5) == 0;
    }

    /** UCI sentiment labelled sentences (CC BY 4.0): "sentence TAB 0|1", Amazon, Yelp and IMDB. */
    static List<Sample> uciSentences() {
        List<Sample> samples = new ArrayList<>();
        for (String source : List.of("amazon_cells", "yelp", "imdb")) {
            for (String line : lines(ROOT.resolve("sentiment/en/uci-sentiment-labelled-sentences/" + source + "_labelled.txt"))) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    samples.add(new Sample(line.substring(0, tab).trim(), Double.parseDouble(line.substring(tab + 1).trim()),
                        null, source));
                }
            }
        }
        return samples;
    }

    /** VADER ground truth (MIT): "id TAB valence(-4..4) TAB text" for tweets, Amazon, movie and NYT snippets. */
    static List<Sample> vaderGroundTruth(String set) {
        List<Sample> samples = new ArrayList<>();
        for (String line : lines(ROOT.resolve("sentiment/en/vader-icwsm2014/" + set + "_GroundTruth.txt"))) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                samples.add(new Sample(parts[2].trim(), Double.parseDouble(parts[1]), null, set));
            }
        }
        return samples;
    }

    static final List<String> VADER_SETS = List.of("tweets", "amazonReviewSnippets", "movieReviewSnippets",
        "nytEditorialSnippets");

    /** GoEmotions (CC BY 4.0): "text TAB label indices TAB id"; value 1 when any of the wanted emotions is labelled. */
    static List<Sample> goEmotions(String split, Set<Integer> wanted) {
        List<Sample> samples = new ArrayList<>();
        for (String line : lines(ROOT.resolve("sentiment/en/goemotions/original/" + split + ".tsv"))) {
            String[] parts = line.split("\t");
            if (parts.length >= 2) {
                boolean hit = Stream.of(parts[1].split(",")).map(String::trim).map(Integer::parseInt).anyMatch(wanted::contains);
                samples.add(new Sample(parts[0], hit ? 1 : 0, null, split));
            }
        }
        return samples;
    }

    /**
     * Dutch SemEval-2016 restaurant reviews (research use: evaluation only, never training a shipped
     * model). A sentence counts when all its opinions agree: value 1 positive, 0 negative.
     */
    static List<Sample> dutchReviews() {
        List<Sample> samples = new ArrayList<>();
        try {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("sentiment/nl/semeval2016-absa-restaurants/restaurants_dutch_training.xml").toFile());
            NodeList reviews = xml.getElementsByTagName("Review");
            for (int r = 0; r < reviews.getLength(); r++) {
                Element review = (Element) reviews.item(r);
                NodeList sentences = review.getElementsByTagName("sentence");
                for (int s = 0; s < sentences.getLength(); s++) {
                    Element sentence = (Element) sentences.item(s);
                    String polarity = agreedPolarity(sentence.getElementsByTagName("Opinion"));
                    if (polarity != null) {
                        String text = sentence.getElementsByTagName("text").item(0).getTextContent().trim();
                        samples.add(new Sample(text, polarity.equals("positive") ? 1 : 0, null, review.getAttribute("rid")));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the Dutch SemEval reviews", e);
        }
        return samples;
    }

    private static String agreedPolarity(NodeList opinions) {
        String agreed = null;
        for (int o = 0; o < opinions.getLength(); o++) {
            String polarity = ((Element) opinions.item(o)).getAttribute("polarity");
            if (!polarity.equals("positive") && !polarity.equals("negative")) {
                return null;
            }
            if (agreed != null && !agreed.equals(polarity)) {
                return null;
            }
            agreed = polarity;
        }
        return agreed;
    }

    /** Banking77 (CC BY 4.0): "text,category"; a text holding a comma, quote or line break is quoted. */
    static List<Sample> banking77(String split) {
        List<Sample> samples = new ArrayList<>();
        List<List<String>> rows = csv(String.join("\n", lines(ROOT.resolve("intent/banking77/" + split + ".csv"))));
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 2 && !row.get(0).isBlank()) {
                samples.add(new Sample(row.get(0).strip(), 0, row.get(1).strip(), split));
            }
        }
        return samples;
    }

    /** RFC 4180 rows: fields separated by commas, quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (is ../shared/data beside the checkout?)", e);
        }
    }
}
