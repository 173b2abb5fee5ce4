package org.loyaldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.loyaldesk.text.LanguageDetection;
import org.loyaldesk.text.ReasonClassifier;
import org.loyaldesk.text.SeedExamples;
import org.loyaldesk.text.TextAnalyzer;
import org.loyaldesk.text.TextLanguage;
import org.loyaldesk.text.scoring.MessageScorer;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The text module's figures for BENCHMARKS.md: quality of the shipped models on held-out data, the
 * contact-reason algorithm on Banking77, load time, heap, and single-thread throughput. Run by
 * bench/text-eval.sh; reads ../shared/data.
 */
public final class TextEvaluation {

    private static final double WARM_UP_SECONDS = 5;
    private static final double MEASURE_SECONDS = 10;

    public static void main(String[] args) {
        long heapBefore = usedHeapAfterGc();
        long started = System.nanoTime();
        LanguageDetection languages = LanguageDetection.load();
        MessageScorer scorer = MessageScorer.load();
        long scorerLoaded = System.nanoTime();
        ReasonClassifier reasons = ReasonClassifier.seeded(SeedExamples.DEMO_REASONS);
        TextAnalyzer analyzer = new TextAnalyzer(languages, scorer, reasons);
        long ready = System.nanoTime();
        languages.awaitModel();
        long languageModelLoaded = System.nanoTime();
        long heapAfter = usedHeapAfterGc();

        System.out.println("== Load (cold JVM, first load) ==");
        System.out.printf(Locale.ROOT, "ready to analyse after %.0f ms (lexicons + sentiment/anger models %.0f ms, seeded "
                + "reason classifier %.0f ms); OpenNLP language model loaded in the background after %.0f ms%n",
            ms(started, ready), ms(started, scorerLoaded), ms(scorerLoaded, ready), ms(started, languageModelLoaded));
        System.out.printf(Locale.ROOT, "heap held by all text models together (used heap after GC, after minus before): %.1f MB%n",
            (heapAfter - heapBefore) / 1048576.0);

        System.out.println("== Quality of the shipped models (held-out data) ==");
        new SentimentEvaluation(scorer).printAll();
        LanguageDetectorME opennlp = openNlpDetector();
        List<String> dutch = Datasets.dutchReviews().stream().map(Datasets.Sample::text).toList();
        List<String> english = Datasets.uciSentences().stream().map(Datasets.Sample::text).toList();
        languageAccuracy("Language detection, Dutch SemEval sentences (expect nl)", dutch,
            text -> languages.detect(text, null) == TextLanguage.NL);
        languageAccuracy("  for comparison: OpenNLP alone", dutch, text -> opennlp.predictLanguage(text).getLang().equals("nld"));
        languageAccuracy("Language detection, English UCI sentences (expect en)", english,
            text -> languages.detect(text, null) == TextLanguage.EN);
        languageAccuracy("  for comparison: OpenNLP alone", english, text -> opennlp.predictLanguage(text).getLang().equals("eng"));
        ReasonEvaluation.print(ReasonClassifier.DEFAULT_BITS);
        ReasonEvaluation.print(18);

        System.out.println("== Throughput, one thread, messages of " + Math.round(CustomerMessages.meanLength())
            + " characters on average ==");
        throughput("TextAnalyzer.analyze (everything)", text -> analyzer.analyze(text, null));
        throughput("  of which language detection", text -> languages.detect(text, null));
        throughput("  (OpenNLP alone, for texts common words leave open)",
            text -> opennlp.predictLanguage(text.length() > 300 ? text.substring(0, 300) : text));
        throughput("  of which sentiment + anger scoring", text -> scorer.score(text, TextLanguage.NL));
        throughput("  of which contact reason", reasons::suggest);
        // keeps the models reachable until here, so that the heap figure above is not flattered by early collection
        System.out.println(analyzer.analyze("Bedankt!", null).language());
    }

    private static void languageAccuracy(String what, List<String> texts, Predicate<String> right) {
        long rightCount = texts.stream().filter(right).count();
        System.out.printf(Locale.ROOT, "%-110s n=%d accuracy=%.3f%n", what, texts.size(), (double) rightCount / texts.size());
    }

    private static void throughput(String what, Consumer<String> work) {
        run(work, WARM_UP_SECONDS);
        double perSecond = run(work, MEASURE_SECONDS);
        System.out.printf(Locale.ROOT, "%-45s %,10.0f messages/s%n", what, perSecond);
    }

    private static double run(Consumer<String> work, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long started = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < end) {
            for (String message : CustomerMessages.ALL) {
                work.accept(message);
            }
            count += CustomerMessages.ALL.size();
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static LanguageDetectorME openNlpDetector() {
        try (var in = TextEvaluation.class.getResourceAsStream("/langdetect-183.bin")) {
            return new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
