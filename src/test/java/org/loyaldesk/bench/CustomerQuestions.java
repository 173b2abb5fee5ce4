package org.loyaldesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real customer-service questions from ../shared/data/intent, all ham for a helpdesk. Banking77
 * train (CC BY 4.0) and CLINC150 train (CC BY 3.0) are extra ham for training; Bitext customer
 * support and Banking77 test are never trained on and check how much customer mail is misfiled.
 */
final class CustomerQuestions {

    static final Path INTENT = Path.of("..", "shared", "data", "intent");
    private static final Pattern CLINC_TRAIN_UTTERANCE = Pattern.compile("\\[\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"[a-z_]+\"\\s*\\]");

    private CustomerQuestions() {
    }

    static boolean present() {
        return Files.exists(INTENT.resolve("banking77/train.csv")) && Files.exists(INTENT.resolve("clinc150/data_full.json"))
            && Files.exists(bitext());
    }

    /** {@code count} questions of extra ham for training, drawn evenly from both sets in a fixed order. */
    static List<String> training(int count) throws IOException {
        List<String> all = training();
        all.sort(java.util.Comparator.comparingInt((String question) -> question.hashCode()).thenComparing(question -> question));
        return all.subList(0, Math.min(count, all.size()));
    }

    private static List<String> training() throws IOException {
        List<String> questions = new ArrayList<>(column(INTENT.resolve("banking77/train.csv"), 0));
        String clinc = Files.readString(INTENT.resolve("clinc150/data_full.json"), StandardCharsets.UTF_8);
        String train = clinc.substring(clinc.indexOf("\"train\""), nextKey(clinc, clinc.indexOf("\"train\"")));
        Matcher utterance = CLINC_TRAIN_UTTERANCE.matcher(train);
        while (utterance.find()) {
            questions.add(utterance.group(1).replace("\\\"", "\"").replace("\\'", "'"));
        }
        return questions;
    }

    static List<String> bitextHeldOut() throws IOException {
        return column(bitext(), 2);
    }

    static List<String> banking77HeldOut() throws IOException {
        return column(INTENT.resolve("banking77/test.csv"), 0);
    }

    /** The first six words: customers' subjects are short phrases from their question. */
    static String subjectOf(String question) {
        String[] words = question.strip().split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(6, words.length)));
    }

    private static Path bitext() {
        return INTENT.resolve("bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset.csv");
    }

    /** Where the next top-level key of the (pretty-printed) JSON starts. */
    private static int nextKey(String json, int from) {
        Matcher key = Pattern.compile("\\n {0,4}\"[a-z_]+\":").matcher(json);
        return key.find(from + 10) ? key.start() : json.length();
    }

    /** Distinct values of one column of a simple CSV, read as records (quoted cells may span lines). */
    private static List<String> column(Path csv, int column) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Set<String> values = new LinkedHashSet<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if ((c == '\n' || c == '\r') && !quoted) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (!header && cells.size() > column && !cells.get(column).isBlank()) {
                    values.add(cells.get(column).strip());
                }
                header = false;
                cells.clear();
            } else {
                cell.append(c);
            }
        }
        return new ArrayList<>(values);
    }
}
