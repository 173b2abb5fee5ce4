package org.loyaldesk.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.loyaldesk.channel.email.parse.AttachmentSink;
import org.loyaldesk.channel.email.parse.MailParser;
import org.loyaldesk.channel.email.parse.ParseProblem;
import org.loyaldesk.channel.email.parse.ParsedMail;
import org.loyaldesk.channel.email.spam.SpamFilter;
import org.loyaldesk.channel.email.spam.SpamModel;

/**
 * Parse throughput over the whole SpamAssassin corpus, single-threaded. The files are read into
 * memory first so that the figure is the parser's, not the disk's; a few warm-up rounds let the JIT
 * settle. Prints messages/s, MB/s, peak heap and how often each problem kind was reported; then
 * the spam model's load time and the rate of parsing plus spam scoring together.
 * Run with bench/mail-parse.sh.
 */
public final class MailParseBenchmark {

    public static void main(String[] args) {
        if (!SpamAssassinCorpus.present()) {
            System.out.println("SKIPPED: " + SpamAssassinCorpus.howToGetIt());
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<byte[]> messages = SpamAssassinCorpus.all().stream().map(SpamAssassinCorpus.Sample::bytes).toList();
        long totalBytes = messages.stream().mapToLong(bytes -> bytes.length).sum();
        MailParser parser = new MailParser();
        AtomicLong attachmentBytes = new AtomicLong();
        AttachmentSink sink = (part, content) -> {
            attachmentBytes.addAndGet(content.transferTo(OutputStream.nullOutputStream()));
            return part.partPath();
        };
        Map<ParseProblem.Kind, Integer> problems = new TreeMap<>();
        for (byte[] message : messages) {
            parser.parse(message, sink).problems().stream().map(ParseProblem::kind).distinct()
                .forEach(kind -> problems.merge(kind, 1, Integer::sum));
        }
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            messages.forEach(message -> parser.parse(message, sink));
        }
        resetPeaks();
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long textChars = 0;
            for (byte[] message : messages) {
                ParsedMail mail = parser.parse(message, sink);
                textChars += mail.text().length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double perSecond = messages.size() / seconds;
            best = Math.max(best, perSecond);
            System.out.printf("round %d: %d messages in %.2f s = %.0f messages/s, %.1f MB/s (%d text chars)%n", round + 1,
                messages.size(), seconds, perSecond, totalBytes / seconds / 1e6, textChars);
        }
        System.out.printf("corpus: %d messages, %.1f MB; best %.0f messages/s single-threaded%n", messages.size(),
            totalBytes / 1e6, best);
        System.out.printf("peak heap used (all pools, corpus held in memory: %.1f MB): %.1f MB; -Xmx %.0f MB%n",
            totalBytes / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("messages with each problem kind: " + problems);
        spam(messages, parser);
    }

    private static void spam(List<byte[]> messages, MailParser parser) {
        long loadStart = System.nanoTime();
        try (var in = SpamFilter.class.getResourceAsStream(SpamFilter.MODEL_RESOURCE)) {
            SpamModel model = SpamModel.read(in);
            System.out.printf("spam model: %d features read in %.0f ms (first load, cold JVM paths)%n", model.vocabularySize(),
                (System.nanoTime() - loadStart) / 1e6);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SpamFilter filter = SpamFilter.standard();
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            messages.forEach(message -> filter.score(parser.parse(message)));
        }
        long start = System.nanoTime();
        long spam = messages.stream().filter(message -> filter.score(parser.parse(message)).isSpam()).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parse + spam score: %.0f messages/s (%d of %d called spam)%n", messages.size() / seconds, spam,
            messages.size());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
