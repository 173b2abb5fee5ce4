package org.loyaldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Apache SpamAssassin public corpus in ../shared/data (never copied into the repository), and
 * its one train/test split: within each folder, messages sorted by the SHA-256 of "folder/file name",
 * the first 20% are the test set. Stratified by folder, so by label and by difficulty (hard ham).
 */
public final class SpamAssassinCorpus {

    public static final Path ROOT = Path.of("..", "shared", "data", "email", "spamassassin");
    public static final List<String> FOLDERS = List.of("easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2");
    static final double TEST_SHARE = 0.20;

    private SpamAssassinCorpus() {
    }

    public record Sample(Path file, String folder, boolean spam, boolean test) {

        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static boolean present() {
        return Files.isDirectory(ROOT.resolve("spam-1"));
    }

    public static String howToGetIt() {
        return "the SpamAssassin corpus is expected in " + ROOT.toAbsolutePath().normalize() + " (shared/data beside the checkout)";
    }

    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(ROOT.resolve(folder))) {
                files = listing.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted(Comparator.comparing(file -> splitKey(folder, file))).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long testCount = Math.round(files.size() * TEST_SHARE);
            for (int i = 0; i < files.size(); i++) {
                samples.add(new Sample(files.get(i), folder, folder.startsWith("spam"), i < testCount));
            }
        }
        return samples;
    }

    private static String splitKey(String folder, Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((folder + "/" + file.getFileName()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
