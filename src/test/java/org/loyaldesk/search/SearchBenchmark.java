package org.loyaldesk.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.loyaldesk.conversation.AuthorType;
import org.loyaldesk.conversation.ConversationDetail;
import org.loyaldesk.conversation.ConversationStatus;
import org.loyaldesk.conversation.ConversationSummary;
import org.loyaldesk.conversation.DeliveryStatus;
import org.loyaldesk.conversation.MessageKind;
import org.loyaldesk.conversation.Priority;
import org.loyaldesk.conversation.TimelineEntry;
import org.loyaldesk.platform.Channel;
import org.loyaldesk.platform.LoyaldeskProperties;
import org.loyaldesk.text.LanguageDetection;

/**
 * Indexing throughput, query time and index size of the conversation index, in process (no
 * database, no HTTP: the server's own share of a search). Generated Dutch and English customer
 * service messages, eight per conversation, with order numbers, compounds and notes; then a
 * mix of queries (words, compound parts, typos, phrases, order numbers, email addresses, with
 * and without filters) timed one by one. Indexing runs as the rebuild does (batches on THREADS threads, default
 * every core). Beside the times: CPU of the whole process per 1,000 messages and per query, and the load
 * average, since the machine is shared. Run by bench/search.sh; MESSAGES sets the size.
 */
public final class SearchBenchmark {

    private static final String[] DUTCH = {
        "Mijn bestelling {order} is nog steeds niet bezorgd, waar blijft het pakket?",
        "De retourzending van de {product} is verstuurd, wanneer krijg ik mijn geld terug?",
        "Het apparaat lekt water en de garantie loopt nog, kunnen jullie het repareren?",
        "Ik heb twee keer betaald voor bestelling {order}, graag een terugbetaling.",
        "Bedankt voor de snelle hulp, de vervangende {product} werkt prima.",
        "Het retourlabel werkt niet, de bezorgdienst accepteert het pakket niet.",
        "Klant belde over de factuur van {order}, creditnota toegezegd." };
    private static final String[] ENGLISH = {
        "My order {order} still has not arrived, where is my parcel?",
        "The {product} stopped working after two weeks, I want a refund please.",
        "I was charged twice for order {order}, please refund the second payment.",
        "Thanks for sorting out the delivery so quickly, the {product} works great.",
        "The return label you sent does not work at the post office." };
    private static final String[] PRODUCTS = { "espressomachine", "koffiemolen", "waterkoker", "melkopschuimer",
        "coffee grinder", "kettle", "milk frother" };
    private static final String[] QUERIES = { "geld", "retour", "pakket bezorgd", "refund", "terugbetalnig",
        "\"geld terug\"", "garantie repareren", "parcel arrived", "KK-240177", "klant-4711@voorbeeld.nl",
        "creditnota", "espresso machine", "koffiemolen", "lekt" };

    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(System.getenv().getOrDefault("MESSAGES", "100000"));
        int perConversation = 8;
        Path dataDir = Files.createTempDirectory("loyaldesk-search-bench-");
        SearchIndex index = new SearchIndex(new LoyaldeskProperties(dataDir, null, 100_000, 1_048_576, null,
            ZoneId.of("Europe/Amsterdam")), Clock.systemUTC());
        MessageDocuments documents = new MessageDocuments(LanguageDetection.load().awaitModel());
        int threads = Integer.parseInt(System.getenv().getOrDefault("THREADS",
            Integer.toString(Runtime.getRuntime().availableProcessors())));

        System.out.printf("%d cores, load average %s at the start%n", Runtime.getRuntime().availableProcessors(),
            loadAverage());
        long started = System.nanoTime();
        long cpuAtStart = cpuNanos();
        int conversations = messages / perConversation;
        // as IndexRebuild does: batches of 500 conversations on every core, each batch made searchable and committed
        for (int first = 1; first <= conversations; first += 500) {
            List<Long> batch = LongStream.rangeClosed(first, Math.min(first + 499, conversations)).boxed().toList();
            ParallelIndexing.each(batch, threads, id -> index.replace(id,
                documents.of(conversation((int) id, perConversation, new Random(id)), null)));
            index.refresh();
            index.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double indexingCpu = (cpuNanos() - cpuAtStart) / 1e9;
        long bytes;
        try (Stream<Path> files = Files.walk(dataDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
        System.out.printf("indexed %,d messages (%,d conversations) on %d threads in %.1f s: %,.0f messages/s%n",
            index.documents(), conversations, threads, seconds, index.documents() / seconds);
        System.out.printf("indexing CPU: %.1f s of the process, %.3f CPU s per 1,000 messages (%,.0f messages per CPU second); "
            + "load average %s%n", indexingCpu, indexingCpu * 1000 / index.documents(), index.documents() / indexingCpu,
            loadAverage());
        System.out.printf("index size: %,.1f MB (%,.0f MB per million messages)%n", bytes / 1e6,
            bytes / 1e6 * 1_000_000 / index.documents());

        ConversationSearch search = new ConversationSearch(index);
        for (int warm = 0; warm < 300; warm++) {
            search.search(request(QUERIES[warm % QUERIES.length], warm % 3 == 0));
        }
        int runs = 2_000;
        long[] nanos = new long[runs];
        long[] threadCpu = new long[QUERIES.length];
        var thread = ManagementFactory.getThreadMXBean();
        long queryCpuAtStart = cpuNanos();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = thread.getCurrentThreadCpuTime();
            search.search(request(QUERIES[i % QUERIES.length], i % 3 == 0));
            threadCpu[i % QUERIES.length] += thread.getCurrentThreadCpuTime() - cpuStart;
            nanos[i] = System.nanoTime() - start;
        }
        double queryCpu = (cpuNanos() - queryCpuAtStart) / 1e6;
        Arrays.sort(nanos);
        System.out.printf("queries: %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", runs,
            nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
        System.out.printf("query CPU: %.2f ms of the process per query; load average %s%n", queryCpu / runs,
            loadAverage());
        // the searching thread's own CPU per query text, over the timed runs (with and without filters)
        System.out.println("CPU of the searching thread per query, mean of the timed runs:");
        for (int q = 0; q < QUERIES.length; q++) {
            int count = runs / QUERIES.length + (q < runs % QUERIES.length ? 1 : 0);
            System.out.printf("  %-28s %.2f ms%n", QUERIES[q], threadCpu[q] / 1e6 / count);
        }
        for (String query : QUERIES) {
            long start = System.nanoTime();
            SearchResults results = search.search(request(query, false));
            System.out.printf("  %-28s %3d hits%s  %.2f ms%n", query, results.hits().size(),
                results.typoTolerant() ? " (typo tolerant)" : "", (System.nanoTime() - start) / 1e6);
        }
        // what was found and marked, to compare two versions of the search code on the same index (THREADS=1)
        java.util.zip.CRC32 found = new java.util.zip.CRC32();
        for (String query : QUERIES) {
            for (boolean filtered : new boolean[] { false, true }) {
                SearchResults results = search.search(request(query, filtered));
                found.update((query + results.typoTolerant() + results.more()).getBytes());
                results.hits().forEach(hit -> found.update((hit.messageId() + " " + hit.snippet()).getBytes()));
            }
        }
        System.out.printf("results digest: %08x%n", found.getValue());
        index.destroy();
    }

    /** CPU time of the whole process (all threads: indexing, merges, JIT, GC), as /proc counts utime + stime. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static SearchRequest request(String text, boolean filtered) {
        return new SearchRequest(text, filtered ? ConversationStatus.OPEN : null, filtered ? Channel.EMAIL : null,
            null, null, null, null, 0, 20, true);
    }

    private static ConversationDetail conversation(int id, int messages, Random random) {
        boolean dutch = random.nextInt(10) < 7;
        String[] pool = dutch ? DUTCH : ENGLISH;
        String order = "KK-" + (200_000 + random.nextInt(100_000));
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id * 60L);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int m = 0; m < messages; m++) {
            MessageKind kind = m == messages - 1 ? MessageKind.NOTE : m % 2 == 0 ? MessageKind.INBOUND : MessageKind.REPLY;
            String text = pool[random.nextInt(pool.length)].replace("{order}", order).replace("{product}", product)
                + " " + "Groeten, klant " + id;
            timeline.add(new TimelineEntry((long) id * messages + m, kind, Channel.EMAIL, AuthorType.CUSTOMER, null,
                "Klant " + id, text, created.plusSeconds(m * 600L), DeliveryStatus.NOT_APPLICABLE, 0, null, false,
                false, null));
        }
        ConversationStatus status = ConversationStatus.values()[random.nextInt(ConversationStatus.values().length)];
        Channel channel = random.nextBoolean() ? Channel.EMAIL : Channel.CHAT;
        ConversationSummary summary = new ConversationSummary(id, (dutch ? "Vraag over " : "Question about ") + order,
            id, "Klant " + id, channel, status, Priority.NORMAL, (long) random.nextInt(20), "Agent", null, null, null,
            List.of("bench"), created, created, null, messages, false, false, null, 1);
        return new ConversationDetail(summary, null, null, 0, null, timeline, null);
    }
}
