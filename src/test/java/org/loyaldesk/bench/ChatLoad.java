package org.loyaldesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for the web chat: {@code connections} visitors hold the widget's stream ({@code GET /chat/stream})
 * open at once, and while they do, chats handed to a person go back and forth one message at a time:
 * <ul>
 * <li>memory per open connection: heap used after a full GC (and RSS, open files, threads) of the application with
 * all visitors made but no stream open, and again with all streams open, the difference divided by the streams;</li>
 * <li>visitor to agent screen: from a visitor's {@code POST /chat/messages} until the agent's open conversation
 * page ({@code GET /live/conversations/{id}}, logged in through the form) receives its {@code conversation} event,
 * and until the timeline fragment the page then fetches (without the page's 300 ms debounce) shows the text;</li>
 * <li>agent to visitor: from the agent's {@code POST /api/v1/conversations/{id}/replies} (an agent's token, so the
 * reply is authored) until the visitor's stream receives the {@code line} event with that text;</li>
 * <li>the application's CPU per round trip ({@code utime + stime} of {@code /proc/<pid>/stat} over the phase,
 * divided by its round trips) and, as the ceiling of the same run, the latency and CPU of
 * {@code GET /actuator/health} one at a time.</li>
 * </ul>
 * Round trips are one at a time, rotating over {@code chats} handed-over chats, each started at least
 * {@code pace} ms after the previous one started; a warm-up of at least 100 of each is not measured.
 *
 * <p>usage: ChatLoad baseUrl bootstrapToken appPid [connections=500] [roundTrips=300] [chats=20] [pace ms=50] [label]
 */
public final class ChatLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String bootstrapToken;
    private final long pid;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final HttpClient requests = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient widgets = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
        .connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private String agentToken;

    private record Visitor(String id, String token) {
    }

    private record Chat(Visitor visitor, EventStream widget, long conversation, EventStream screen) {
    }

    /** What the application holds at one moment, after a full garbage collection. */
    private record Footprint(long heapBytes, long directBytes, long rssKb, int files, int threads) {
    }

    private ChatLoad(String base, String bootstrapToken, long pid) {
        this.base = base;
        this.bootstrapToken = bootstrapToken;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        ChatLoad load = new ChatLoad(args[0], args[1], Long.parseLong(args[2]));
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int roundTrips = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        int chats = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        long pace = args.length > 6 ? Long.parseLong(args[6]) : 50;
        String label = args.length > 7 ? args[7] : "chat";
        load.measure(connections, roundTrips, Math.min(chats, connections), pace, label);
    }

    private void measure(int connections, int roundTrips, int chatCount, long pace, String label) throws Exception {
        EventStream inbox = logInAgent();
        long started = System.nanoTime();
        List<Visitor> visitors = createVisitors(connections);
        System.out.printf("%s: %d visitors made in %.1f s%n", label, connections, (System.nanoTime() - started) / 1e9);

        Footprint before = footprint();
        started = System.nanoTime();
        List<EventStream> widgets = openStreams(visitors);
        double openSeconds = (System.nanoTime() - started) / 1e9;
        Footprint open = footprint();
        System.out.printf("%s: %d widget streams open in %.1f s (all answered their first event)%n", label, connections,
            openSeconds);
        System.out.printf(Locale.ROOT, "%s: before %s%n%s: open   %s%n", label, describe(before), label, describe(open));
        System.out.printf(Locale.ROOT,
            "%s: per open connection: heap after GC %.1f KB, direct buffers %.1f KB, RSS %.1f KB, %.2f files, %.3f threads%n",
            label, (open.heapBytes() - before.heapBytes()) / 1024.0 / connections,
            (open.directBytes() - before.directBytes()) / 1024.0 / connections,
            (double) (open.rssKb() - before.rssKb()) / connections, (double) (open.files() - before.files()) / connections,
            (double) (open.threads() - before.threads()) / connections);

        List<Chat> chats = new ArrayList<>();
        for (int i = 0; i < chatCount; i++) {
            chats.add(handOver(visitors.get(i), widgets.get(i)));
        }
        System.out.printf("%s: %d chats handed over, the agent has each open%n", label, chatCount);

        // the JIT compiles the chat paths during the first round trips; their CPU would count against the measured ones
        int warmup = Math.max(100, roundTrips / 3);
        visitorToAgent(chats, warmup, pace, "w", null, null, null);
        Latencies toEvent = new Latencies(roundTrips);
        Latencies toFragment = new Latencies(roundTrips);
        Latencies acknowledged = new Latencies(roundTrips);
        long ticks = cpuTicks();
        long phase = System.nanoTime();
        int missed = visitorToAgent(chats, roundTrips, pace, "m", toEvent, toFragment, acknowledged);
        report(label, "visitor -> agent screen (conversation event)", toEvent, roundTrips, missed, ticks, phase);
        System.out.printf(Locale.ROOT, "%s:   visitor's POST answered: p50 %.1f ms, p99 %.1f ms; event + timeline fragment: "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (the page waits 300 ms more before it asks)%n",
            label, acknowledged.percentile(50), acknowledged.percentile(99), toFragment.percentile(50),
            toFragment.percentile(95), toFragment.percentile(99), toFragment.percentile(100));

        agentToVisitor(chats, warmup, pace, "w", null, null);
        Latencies toWidget = new Latencies(roundTrips);
        Latencies replied = new Latencies(roundTrips);
        ticks = cpuTicks();
        phase = System.nanoTime();
        missed = agentToVisitor(chats, roundTrips, pace, "m", toWidget, replied);
        report(label, "agent -> visitor (line event)", toWidget, roundTrips, missed, ticks, phase);
        System.out.printf(Locale.ROOT, "%s:   agent's reply POST answered: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            label, replied.percentile(50), replied.percentile(95), replied.percentile(99), replied.percentile(100));

        ceiling(label, 1000);

        int stillOpen = (int) widgets.stream().filter(stream -> !stream.ended() && stream.status() == 200).count();
        System.out.printf("%s: widget streams still open at the end: %d of %d; agent screens open: %d of %d%n", label,
            stillOpen, connections, chats.stream().filter(chat -> !chat.screen().ended()).count()
                + (inbox.ended() ? 0 : 1), chatCount + 1);
        System.out.printf(Locale.ROOT, "%s: at the end %s%n", label, describe(footprint()));
        System.exit(0);
    }

    // --- the agent -------------------------------------------------------------------------------------------------

    /** An agent with a password and an API token, logged in with the form, with the inbox open (so at work). */
    private EventStream logInAgent() throws Exception {
        String email = "bench-agent-" + run + "@loyaldesk.test";
        String password = "bench-agent-password-" + run;
        long agentId = json(post("/api/v1/agents", bootstrapToken, """
            {"email":"%s","name":"Anna Bench","password":"%s","role":"AGENT"}""".formatted(email, password), 201))
            .get("id").asLong();
        agentToken = json(post("/api/v1/tokens", bootstrapToken, """
            {"name":"bench %s","role":"AGENT","agentId":%d}""".formatted(run, agentId), 201)).get("secret").asString();
        Matcher csrf = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no login form");
        }
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(password) + "&_csrf="
                + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().getPath().equals("/inbox")) {
            throw new IllegalStateException("login failed, landed on " + landed.uri());
        }
        EventStream inbox = EventStream.open(browser, base + "/live/inbox");
        awaitFirst(inbox, "ready", "the agent's inbox stream");
        return inbox;
    }

    // --- the visitors ----------------------------------------------------------------------------------------------

    private List<Visitor> createVisitors(int count) throws InterruptedException {
        Visitor[] made = new Visitor[count];
        parallel(count, 8, i -> {
            JsonNode visitor = json(post("/chat/visitors", null, "{}", 201));
            made[i] = new Visitor(visitor.get("visitor").asString(), visitor.get("token").asString());
        });
        return List.of(made);
    }

    private List<EventStream> openStreams(List<Visitor> visitors) throws InterruptedException {
        EventStream[] streams = new EventStream[visitors.size()];
        parallel(visitors.size(), 16, i -> {
            Visitor visitor = visitors.get(i);
            streams[i] = EventStream.open(widgets, base + "/chat/stream?visitor=" + enc(visitor.id()) + "&token="
                + enc(visitor.token()) + "&after=0");
            awaitFirst(streams[i], "state", "stream " + i);
        });
        return List.of(streams);
    }

    /** "Talk to a person" and a first message: a conversation in the inbox, which the agent then has open. */
    private Chat handOver(Visitor visitor, EventStream widget) throws Exception {
        Set<Long> known = chatConversations();
        say(visitor, "/chat/person", "{\"lang\":\"nl\"}");
        postMessage(visitor, "h" + run + "-" + visitor.id().hashCode(), "Hallo, ik wil graag iemand spreken over mijn bestelling.");
        long conversation = -1;
        for (int attempt = 0; attempt < 100 && conversation < 0; attempt++) {
            Set<Long> now = chatConversations();
            now.removeAll(known);
            if (now.size() == 1) {
                conversation = now.iterator().next();
            } else {
                Thread.sleep(50);
            }
        }
        if (conversation < 0) {
            throw new IllegalStateException("no conversation appeared for a handed-over chat");
        }
        if (widget.firstAfter(0, event -> event.name().equals("state") && event.data().contains("\"state\":\"waiting\""),
            WAIT) < 0) {
            throw new IllegalStateException("the chat is not waiting for a person (is someone at work, and "
                + "--loyaldesk.chat.live-outside-business-hours=true set?)");
        }
        EventStream screen = EventStream.open(browser, base + "/live/conversations/" + conversation);
        awaitFirst(screen, "ready", "the agent's screen of conversation " + conversation);
        return new Chat(visitor, widget, conversation, screen);
    }

    private Set<Long> chatConversations() throws Exception {
        Set<Long> ids = new HashSet<>();
        for (JsonNode item : json(get("/api/v1/conversations?channel=chat&limit=100", bootstrapToken)).get("items")) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    // --- the round trips -------------------------------------------------------------------------------------------

    /** @return round trips whose event did not come within 10 s */
    private int visitorToAgent(List<Chat> chats, int count, long pace, String phase, Latencies toEvent,
                               Latencies toFragment, Latencies acknowledged) throws Exception {
        int missed = 0;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            next = paced(next, pace);
            Chat chat = chats.get(i % chats.size());
            String text = "Vraag " + phase + i + " over bestelling KK-" + run + "-" + phase + i
                + ": waar blijft mijn pakket? Het zou gisteren komen.";
            long start = System.nanoTime();
            postMessage(chat.visitor(), "m" + run + "-" + phase + "-" + i, text);
            long answered = System.nanoTime();
            long event = chat.screen().firstAfter(start, e -> e.name().equals("conversation"), WAIT);
            if (event < 0) {
                missed++;
                continue;
            }
            String fragment = fragment(chat.conversation());
            long shown = System.nanoTime();
            if (!fragment.contains("KK-" + run + "-" + phase + i + ":")) {
                throw new IllegalStateException("the timeline fragment after the event lacks the message " + phase + i);
            }
            if (toEvent != null) {
                toEvent.record(i, event - start);
                toFragment.record(i, shown - start);
                acknowledged.record(i, answered - start);
            }
        }
        return missed;
    }

    private int agentToVisitor(List<Chat> chats, int count, long pace, String phase, Latencies toWidget,
                               Latencies replied) throws Exception {
        int missed = 0;
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            next = paced(next, pace);
            Chat chat = chats.get(i % chats.size());
            String text = "Antwoord " + run + "-" + phase + i + ": uw pakket is onderweg en komt morgen.";
            long start = System.nanoTime();
            post("/api/v1/conversations/" + chat.conversation() + "/replies", agentToken,
                "{\"text\":\"" + text + "\"}", 201);
            long answered = System.nanoTime();
            long line = chat.widget().firstAfter(start, e -> e.name().equals("line") && e.data().contains(text), WAIT);
            if (line < 0) {
                missed++;
            } else if (toWidget != null) {
                toWidget.record(i, line - start);
                replied.record(i, answered - start);
            }
        }
        return missed;
    }

    /** The fragment the agent's conversation page fetches on a {@code conversation} event, as htmx asks for it. */
    private String fragment(long conversation) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/conversations/"
            + conversation + "/timeline")).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("timeline fragment: " + response.statusCode());
        }
        return response.body();
    }

    /** The cheapest request the application answers, one at a time, with every stream still open. */
    private void ceiling(String label, int count) throws Exception {
        for (int i = 0; i < count / 5; i++) {
            get("/actuator/health", null);
        }
        Latencies latencies = new Latencies(count);
        long ticks = cpuTicks();
        long phase = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            get("/actuator/health", null);
            latencies.record(i, System.nanoTime() - start);
        }
        report(label, "ceiling: GET /actuator/health", latencies, count, 0, ticks, phase);
    }

    private void report(String label, String what, Latencies latencies, int count, int missed, long ticksBefore,
                        long phaseStarted) throws IOException {
        double seconds = (System.nanoTime() - phaseStarted) / 1e9;
        double cpuMs = (cpuTicks() - ticksBefore) * 1000.0 / ticksPerSecond() / count;
        System.out.printf(Locale.ROOT, "%s: %s: %d round trips, %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                + "app CPU %.2f ms per round trip, missed %d, load average %s%n", label, what, count, count / seconds,
            latencies.percentile(50), latencies.percentile(95), latencies.percentile(99), latencies.percentile(100), cpuMs,
            missed, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static long paced(long next, long paceMillis) throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return Math.max(next, System.nanoTime()) + paceMillis * 1_000_000;
    }

    // --- the application process -----------------------------------------------------------------------------------

    private long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime: fields 14 and 15 of stat
    }

    private static long ticksPerSecond() {
        return 100; // CLK_TCK on Linux (getconf CLK_TCK)
    }

    /** Two full collections (jcmd GC.run, as System.gc()), then what the application's metrics and /proc say. */
    private Footprint footprint() throws Exception {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        for (int i = 0; i < 2; i++) {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            if (gc.waitFor() != 0) {
                throw new IllegalStateException("jcmd GC.run failed");
            }
            Thread.sleep(500);
        }
        String histograms = System.getenv("CHAT_HISTOGRAMS");
        if (histograms != null) {
            Path file = Path.of(histograms, "histogram-" + System.currentTimeMillis() + ".txt");
            new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram").redirectErrorStream(true)
                .redirectOutput(file.toFile()).start().waitFor();
        }
        String metrics = get("/actuator/prometheus", null);
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        int files;
        try (Stream<Path> open = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            files = (int) open.count();
        }
        return new Footprint(sum(metrics, "jvm_memory_used_bytes{area=\"heap\""),
            sum(metrics, "jvm_buffer_memory_used_bytes{id=\"direct\""), statusField(status, "VmRSS"), files,
            (int) statusField(status, "Threads"));
    }

    private static long sum(String metrics, String prefix) {
        return (long) metrics.lines().filter(line -> line.startsWith(prefix))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static long statusField(String status, String field) {
        return status.lines().filter(line -> line.startsWith(field + ":"))
            .map(line -> line.substring(field.length() + 1).strip().split("\\s+")[0]).mapToLong(Long::parseLong)
            .findFirst().orElseThrow();
    }

    private static String describe(Footprint footprint) {
        return String.format(Locale.ROOT, "heap after GC %.1f MB, direct buffers %.1f MB, RSS %d MB, %d open files, %d threads",
            footprint.heapBytes() / 1048576.0, footprint.directBytes() / 1048576.0, footprint.rssKb() / 1024,
            footprint.files(), footprint.threads());
    }

    // --- HTTP --------------------------------------------------------------------------------------------------------

    private void postMessage(Visitor visitor, String clientId, String text) throws Exception {
        say(visitor, "/chat/messages", """
            {"clientId":"%s","text":"%s","lang":"nl","page":"https://shop.example.com/koffie"}""".formatted(clientId, text));
    }

    private void say(Visitor visitor, String path, String fields) throws Exception {
        String body = "{\"visitor\":\"" + visitor.id() + "\",\"token\":\"" + visitor.token() + "\"," + fields.strip().substring(1);
        HttpResponse<String> response = requests.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String post(String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = requests.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = requests.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static void awaitFirst(EventStream stream, String event, String what) throws InterruptedException {
        if (stream.firstAfter(0, e -> e.name().equals(event), Duration.ofSeconds(30)) < 0) {
            throw new IllegalStateException(what + " sent no '" + event + "' event (status " + stream.status() + ")");
        }
    }

    private interface Task {
        void run(int index) throws Exception;
    }

    /** Runs {@code count} tasks, {@code concurrency} at a time, on virtual threads; the first failure ends the run. */
    private static void parallel(int count, int concurrency, Task task) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count && failed.get() == 0; i++) {
            slots.acquire();
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    task.run(index);
                } catch (Exception e) {
                    if (failed.getAndIncrement() == 0) {
                        e.printStackTrace();
                    }
                } finally {
                    slots.release();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " tasks failed");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
