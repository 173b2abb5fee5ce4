package org.loyaldesk.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * A soak: mixed traffic at a steady, paced rate for a given number of minutes, as a helpdesk sees it in a day —
 * connector messages on POST /api/v1/messages/inbound, mail from the MTA on POST /api/v1/mail/inbound, an agent
 * loading the inbox and a conversation page, and API replies. Every message carries its own external id or
 * Message-ID. A sender that gets no answer, a refused connection or a 5xx retries the same message the way a
 * connector or an MTA does (Retry-After, else backing off up to 30 s, giving up after 10 minutes), so a message
 * is "acknowledged" when its last attempt got a 2xx. Per minute it reports attempts, errors by kind, latency per
 * kind, and the app's heap, RSS and CPU; at the end it counts in the database what was stored against what was
 * acknowledged, and what is there twice.
 *
 * <p>The database restart is done from outside (bench/soak.sh); the table shows when it hurt.
 *
 * <p>usage: SoakLoad baseUrl bootstrapToken appPid minutes jdbcUrl jdbcUser jdbcPassword
 * [inbound/s mails/s pages/s replies/s]
 */
public final class SoakLoad {

    enum Kind { INBOUND, MAIL, INBOX, CONVERSATION, REPLY }

    enum Outcome { OK, REFUSED, TIMEOUT, IO, S503, S5XX, S4XX, S3XX }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);
    private static final String[] CHANNELS = { "api", "whatsapp", "social", "phone" };

    private final String base;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile long started = System.nanoTime();
    private final Minute[] minutes;
    private final Set<String> acknowledgedInbound = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedMail = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedReplies = ConcurrentHashMap.newKeySet();
    private final Set<String> answeredDuplicate = ConcurrentHashMap.newKeySet();
    private final Map<Kind, AtomicLong> givenUp = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> rejected = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> retried = new EnumMap<>(Kind.class);
    private final List<Long> conversations = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final Path procStatus;
    private final Path procStat;
    private volatile boolean loggedIn;
    private String bootstrapToken;
    private String agentEmail;
    private String agentPassword;
    private String agentToken;

    private SoakLoad(String base, long appPid, int minuteCount) {
        this.base = base;
        this.procStatus = Path.of("/proc", Long.toString(appPid), "status");
        this.procStat = Path.of("/proc", Long.toString(appPid), "stat");
        // retries may run on for GIVE_UP_AFTER after the last new message
        this.minutes = new Minute[minuteCount + (int) GIVE_UP_AFTER.toMinutes() + 2];
        for (int m = 0; m < minutes.length; m++) {
            minutes[m] = new Minute();
        }
        for (Kind kind : Kind.values()) {
            givenUp.put(kind, new AtomicLong());
            rejected.put(kind, new AtomicLong());
            retried.put(kind, new AtomicLong());
        }
    }

    public static void main(String[] args) throws Exception {
        int minuteCount = Integer.parseInt(args[3]);
        SoakLoad soak = new SoakLoad(args[0], Long.parseLong(args[2]), minuteCount);
        double inboundRate = args.length > 7 ? Double.parseDouble(args[7]) : 10;
        double mailRate = args.length > 8 ? Double.parseDouble(args[8]) : 2;
        double pageRate = args.length > 9 ? Double.parseDouble(args[9]) : 1;
        double replyRate = args.length > 10 ? Double.parseDouble(args[10]) : 0.5;
        soak.bootstrapToken = args[1];
        soak.setUpAgent();
        System.out.printf(Locale.ROOT, "soak %s: %d minutes; per second %.1f inbound, %.1f mails, %.1f inbox + %.1f "
            + "conversation pages, %.1f replies%n", soak.run, minuteCount, inboundRate, mailRate, pageRate, pageRate, replyRate);
        soak.drive(minuteCount, inboundRate, mailRate, pageRate, replyRate);
        soak.printMinutes();
        soak.printStored(args[4], args[5], args[6]);
        System.exit(0);
    }

    // --- traffic ---------------------------------------------------------------------------------------------------

    private void drive(int minuteCount, double inboundRate, double mailRate, double pageRate, double replyRate)
        throws InterruptedException {
        started = System.nanoTime();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        every(pace, inboundRate, this::inbound);
        every(pace, mailRate, this::mail);
        every(pace, pageRate, () -> page(Kind.INBOX));
        every(pace, pageRate, () -> page(Kind.CONVERSATION));
        every(pace, replyRate, this::reply);
        pace.scheduleAtFixedRate(this::sample, 60, 60, TimeUnit.SECONDS);
        Thread.sleep(TimeUnit.MINUTES.toMillis(minuteCount));
        pace.shutdownNow();
        pace = Executors.newSingleThreadScheduledExecutor();
        pace.scheduleAtFixedRate(this::sample, 60 - (elapsedMillis() / 1000 % 60), 60, TimeUnit.SECONDS);
        long drainUntil = System.nanoTime() + GIVE_UP_AFTER.plusMinutes(1).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(200);
        }
        pace.shutdownNow();
        sample();
        if (inFlight.get() > 0) {
            System.out.printf("%d requests still unanswered when the driver stopped waiting%n", inFlight.get());
        }
    }

    private void every(ScheduledExecutorService pace, double perSecond, Runnable task) {
        if (perSecond <= 0) {
            return;
        }
        long periodMicros = Math.round(1_000_000 / perSecond);
        pace.scheduleAtFixedRate(() -> {
            inFlight.incrementAndGet();
            Thread.ofVirtual().start(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    System.err.println("driver: " + e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }, ThreadLocalRandom.current().nextLong(periodMicros), periodMicros, TimeUnit.MICROSECONDS);
    }

    private void inbound() {
        long n = sequence.incrementAndGet();
        int customer = (int) (n * 7919 % 2000);
        String externalId = "soak-" + run + "-i-" + n;
        String body = """
            {"channel":"%s","from":{"email":"soak%d@voorbeeld.nl","name":"Klant %d"},\
            "text":"Hallo, ik heb een vraag over bestelling KK-%d. Kunnen jullie even kijken waar het pakket blijft?",\
            "externalId":"%s"}""".formatted(CHANNELS[(int) (n % CHANNELS.length)], customer, customer, n % 5000, externalId);
        HttpResponse<String> answer = deliver(Kind.INBOUND, () -> HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/inbound"))
            .header("Authorization", "Bearer " + bootstrapToken).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer != null) {
            acknowledgedInbound.add(externalId);
            if (answer.statusCode() == 200) {
                answeredDuplicate.add(externalId);
            }
            long conversationId = JSON.readTree(answer.body()).get("conversationId").asLong();
            synchronized (conversations) {
                conversations.add(conversationId);
            }
        }
    }

    private void mail() {
        long n = sequence.incrementAndGet();
        int customer = (int) (n * 7919 % 500);
        String messageId = "soak-" + run + "-m-" + n + "@voorbeeld.nl";
        byte[] raw = ("From: Klant %d <mail%d@voorbeeld.nl>\r\nTo: Support <support@loyaldesk.test>\r\n"
            + "Subject: Retour van bestelling KK-%d\r\nMessage-ID: <%s>\r\nDate: %s\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + "Goedemiddag,\r\n\r\nIk wil bestelling KK-%d graag retourneren, de maat klopt niet. Hoe gaat dat?\r\n\r\n"
            + "Met vriendelijke groet,\r\nKlant %d\r\n").formatted(customer, customer, n % 5000, messageId,
            DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()), n % 5000, customer)
            .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = deliver(Kind.MAIL, () -> HttpRequest.newBuilder(URI.create(base + "/api/v1/mail/inbound"))
            .header("Authorization", "Bearer " + bootstrapToken).header("Content-Type", "message/rfc822")
            .POST(HttpRequest.BodyPublishers.ofByteArray(raw)));
        if (answer != null) {
            acknowledgedMail.add(messageId);
            if (answer.body().contains("\"duplicate\":true")) {
                answeredDuplicate.add(messageId);
            }
        }
    }

    private void reply() {
        Long conversationId = randomConversation();
        if (conversationId == null) {
            return;
        }
        String token = "R-" + run + "-" + sequence.incrementAndGet();
        String body = """
            {"text":"Dank voor uw bericht, we kijken ernaar en laten het vandaag nog weten. (%s)","status":"pending"}"""
            .formatted(token);
        // the replies API has no idempotency key: a retry after an answer that got lost stores the reply twice, which
        // the count at the end would show
        if (deliver(Kind.REPLY, () -> HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + conversationId
            + "/replies")).header("Authorization", "Bearer " + agentToken).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))) != null) {
            acknowledgedReplies.add(token);
        }
    }

    /** An agent's page: not retried (a person reloads later), a redirect to the login form logs in again. */
    private void page(Kind kind) {
        String path = "/inbox?view=all";
        if (kind == Kind.CONVERSATION) {
            Long conversationId = randomConversation();
            if (conversationId == null) {
                return;
            }
            path = "/conversations/" + conversationId;
        }
        if (!loggedIn) {
            try {
                logIn();
            } catch (Exception e) {
                minute().record(kind, outcome(e), 0);
                return;
            }
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Outcome outcome = outcome(answer.statusCode());
            if (outcome == Outcome.S3XX) {
                loggedIn = false;
            }
            minute().record(kind, outcome, System.nanoTime() - start);
        } catch (Exception e) {
            minute().record(kind, outcome(e), System.nanoTime() - start);
        }
    }

    /**
     * Sends until a 2xx (returned), a 4xx (the sender gives up: returns null) or GIVE_UP_AFTER; every attempt is
     * counted in the minute it was answered.
     */
    private HttpResponse<String> deliver(Kind kind, Supplier<HttpRequest.Builder> request) {
        long first = System.nanoTime();
        long backoffMillis = 1000;
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            Outcome outcome;
            HttpResponse<String> answer = null;
            try {
                answer = http.send(request.get().timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                outcome = outcome(answer.statusCode());
            } catch (Exception e) {
                outcome = outcome(e);
            }
            minute().record(kind, outcome, System.nanoTime() - start);
            if (outcome == Outcome.OK) {
                return answer;
            }
            if (outcome == Outcome.S4XX && answer.statusCode() != 429) {
                rejected.get(kind).incrementAndGet();
                System.err.printf("%s rejected with %d: %s%n", kind, answer.statusCode(), answer.body());
                return null;
            }
            if (System.nanoTime() - first > GIVE_UP_AFTER.toNanos()) {
                givenUp.get(kind).incrementAndGet();
                return null;
            }
            if (attempt == 1) {
                retried.get(kind).incrementAndGet();
            }
            long waitMillis = answer == null ? backoffMillis : answer.headers().firstValue("Retry-After")
                .map(seconds -> Long.parseLong(seconds.trim()) * 1000).orElse(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 30_000);
            try {
                Thread.sleep(Math.min(waitMillis, 30_000) + ThreadLocalRandom.current().nextLong(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static Outcome outcome(int status) {
        return status == 503 ? Outcome.S503 : status >= 500 ? Outcome.S5XX : status >= 400 ? Outcome.S4XX : status >= 300 ? Outcome.S3XX : Outcome.OK;
    }

    private static Outcome outcome(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ConnectException) {
                return Outcome.REFUSED;
            }
            if (cause instanceof HttpTimeoutException) {
                return Outcome.TIMEOUT;
            }
            cause = cause.getCause();
        }
        return Outcome.IO;
    }

    private Long randomConversation() {
        synchronized (conversations) {
            return conversations.isEmpty() ? null
                : conversations.get(ThreadLocalRandom.current().nextInt(Math.max(0, conversations.size() - 2000),
                    conversations.size()));
        }
    }

    // --- the agent -------------------------------------------------------------------------------------------------

    /** An agent with a password (for the pages) and an API token (for the replies). */
    private void setUpAgent() throws Exception {
        agentEmail = "soak-agent-" + run + "@loyaldesk.test";
        agentPassword = "soak-agent-password-" + run;
        long agentId = JSON.readTree(post("/api/v1/agents", """
            {"email":"%s","name":"Sanne Soak","password":"%s","role":"AGENT"}""".formatted(agentEmail, agentPassword)))
            .get("id").asLong();
        agentToken = JSON.readTree(post("/api/v1/tokens", """
            {"name":"soak %s","role":"AGENT","agentId":%d}""".formatted(run, agentId))).get("secret").asString();
        logIn();
    }

    private synchronized void logIn() throws IOException, InterruptedException {
        if (loggedIn) {
            return;
        }
        Matcher csrf = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body());
        if (!csrf.find()) {
            throw new IOException("no login form");
        }
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(agentEmail) + "&password=" + enc(agentPassword)
                + "&_csrf=" + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 302 || !landed.headers().firstValue("Location").orElse("").endsWith("/inbox")) {
            throw new IOException("login failed: " + landed.statusCode() + " " + landed.headers().firstValue("Location"));
        }
        loggedIn = true;
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + bootstrapToken).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- per minute --------------------------------------------------------------------------------------------------

    /** What happened in one minute of the run, and how the app looked at its end. */
    private static final class Minute {
        final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);
        final AtomicLongArray outcomes = new AtomicLongArray(Outcome.values().length);
        volatile String clock;
        volatile double load = Double.NaN;
        volatile long heapBytes = -1;
        volatile long rssKb = -1;
        volatile double cpuPercent = Double.NaN;

        Minute() {
            for (Kind kind : Kind.values()) {
                latencies.put(kind, new ConcurrentLinkedQueue<>());
            }
        }

        void record(Kind kind, Outcome outcome, long nanos) {
            outcomes.incrementAndGet(outcome.ordinal());
            if (outcome == Outcome.OK) {
                latencies.get(kind).add(nanos);
            }
        }

        long requests() {
            long sum = 0;
            for (int i = 0; i < outcomes.length(); i++) {
                sum += outcomes.get(i);
            }
            return sum;
        }

        String percentiles(Kind... kinds) {
            List<Long> all = new ArrayList<>();
            for (Kind kind : kinds) {
                all.addAll(latencies.get(kind));
            }
            if (all.isEmpty()) {
                return "     -/-     ";
            }
            Latencies measured = new Latencies(all.size());
            for (int i = 0; i < all.size(); i++) {
                measured.record(i, all.get(i));
            }
            return String.format(Locale.ROOT, "%5.0f/%-7.0f", measured.percentile(50), measured.percentile(99));
        }
    }

    private Minute minute() {
        return minutes[(int) Math.min(elapsedMillis() / 60_000, minutes.length - 1)];
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private long lastCpuTicks = -1;
    private long lastCpuNanos;

    /** The app at the end of the minute that just ended: heap, RSS, CPU since the previous sample, load average. */
    private synchronized void sample() {
        Minute ended = minutes[(int) Math.max(0, Math.min((elapsedMillis() - 1000) / 60_000, minutes.length - 1))];
        ended.clock = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            ended.load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            for (String line : Files.readAllLines(procStatus)) {
                if (line.startsWith("VmRSS:")) {
                    ended.rssKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            String stat = Files.readString(procStat);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long now = System.nanoTime();
            if (lastCpuTicks >= 0) {
                ended.cpuPercent = (ticks - lastCpuTicks) * 10.0 / ((now - lastCpuNanos) / 1e6) * 100; // 100 ticks/s
            }
            lastCpuTicks = ticks;
            lastCpuNanos = now;
        } catch (IOException | RuntimeException e) {
            System.err.println("sampling the app: " + e);
        }
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            long heap = 0;
            for (String line : metrics.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            ended.heapBytes = heap;
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("reading /actuator/prometheus: " + e);
        }
    }

    private void printMinutes() {
        System.out.println();
        System.out.println("min  clock     load  requests    ok  refus  tmout    io   503 oth5xx   4xx   3xx | p50/p99 ms: inbound"
            + "     mail          pages         reply       | heap MB  RSS MB  CPU %");
        long[] totals = new long[Outcome.values().length];
        for (int m = 0; m < minutes.length; m++) {
            Minute minute = minutes[m];
            if (minute.requests() == 0 && minute.clock == null) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%3d  %-8s %5.1f  %8d", m + 1,
                minute.clock == null ? "-" : minute.clock, minute.load, minute.requests()));
            for (Outcome outcome : Outcome.values()) {
                long count = minute.outcomes.get(outcome.ordinal());
                totals[outcome.ordinal()] += count;
                row.append(String.format(Locale.ROOT, " %5d", count));
            }
            row.append(" | ").append(minute.percentiles(Kind.INBOUND)).append(' ').append(minute.percentiles(Kind.MAIL))
                .append(' ').append(minute.percentiles(Kind.INBOX, Kind.CONVERSATION)).append(' ')
                .append(minute.percentiles(Kind.REPLY))
                .append(String.format(Locale.ROOT, " | %7.0f %7.0f %6.0f", minute.heapBytes / 1e6, minute.rssKb / 1024.0,
                    minute.cpuPercent));
            System.out.println(row);
        }
        StringBuilder total = new StringBuilder("all attempts:");
        for (Outcome outcome : Outcome.values()) {
            total.append(' ').append(outcome.name().toLowerCase(Locale.ROOT)).append('=').append(totals[outcome.ordinal()]);
        }
        System.out.println(total);
        for (Kind kind : Kind.values()) {
            if (kind != Kind.INBOX && kind != Kind.CONVERSATION) {
                System.out.printf(Locale.ROOT, "%s: %d retried at least once, %d rejected (4xx), %d given up after %d min%n",
                    kind.name().toLowerCase(Locale.ROOT), retried.get(kind).get(), rejected.get(kind).get(),
                    givenUp.get(kind).get(), GIVE_UP_AFTER.toMinutes());
            }
        }
        System.out.printf("answered as duplicates of an earlier attempt (stored although that attempt failed): %d%n",
            answeredDuplicate.size());
    }

    // --- what the database holds ---------------------------------------------------------------------------------------

    private void printStored(String url, String user, String password) throws SQLException {
        System.out.println();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            compare(db, "inbound messages", acknowledgedInbound, """
                SELECT external_id, count(*) FROM conversation_message WHERE kind = 'INBOUND' AND external_id LIKE ?
                GROUP BY external_id""", "soak-" + run + "-i-%", null);
            compare(db, "mails", acknowledgedMail, """
                SELECT rfc_message_id, count(*) FROM channel_mail WHERE rfc_message_id LIKE ? GROUP BY rfc_message_id""",
                "%soak-" + run + "-m-%", Pattern.compile("soak-" + run + "-m-\\d+@voorbeeld\\.nl"));
            compare(db, "mails filed as a message", acknowledgedMail, """
                SELECT f.rfc_message_id, count(m.id) FROM channel_mail f JOIN conversation_message m ON m.id = f.message_id
                WHERE f.rfc_message_id LIKE ? GROUP BY f.rfc_message_id""",
                "%soak-" + run + "-m-%", Pattern.compile("soak-" + run + "-m-\\d+@voorbeeld\\.nl"));
            compare(db, "replies", acknowledgedReplies, """
                SELECT body, 1 FROM conversation_message WHERE kind = 'REPLY' AND body LIKE ?""",
                "%R-" + run + "-%", Pattern.compile("R-" + run + "-\\d+"));
            try (ResultSet rs = db.createStatement().executeQuery(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
                rs.next();
                System.out.printf("event publications not completed: %d%n", rs.getLong(1));
            } catch (SQLException e) {
                System.out.println("event publications: " + e.getMessage());
            }
        }
    }

    /** Acknowledged against stored: lost (acknowledged, not stored), twice (stored more than once), unacknowledged. */
    private static void compare(Connection db, String what, Set<String> acknowledged, String sql, String like,
                                Pattern key) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, like);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (key != null) {
                        Matcher matcher = key.matcher(id);
                        id = matcher.find() ? matcher.group() : id;
                    }
                    stored.merge(id, rs.getLong(2), Long::sum);
                }
            }
        }
        long lost = acknowledged.stream().filter(id -> !stored.containsKey(id)).count();
        long twice = stored.values().stream().filter(count -> count > 1).count();
        long unacknowledged = stored.keySet().stream().filter(id -> !acknowledged.contains(id)).count();
        System.out.printf(Locale.ROOT, "%-26s acknowledged %6d  stored %6d  lost %d  duplicated %d  stored but never "
            + "acknowledged %d%n", what + ":", acknowledged.size(), stored.size(), lost, twice, unacknowledged);
        acknowledged.stream().filter(id -> !stored.containsKey(id)).limit(5)
            .forEach(id -> System.out.println("  lost: " + id));
        stored.entrySet().stream().filter(entry -> entry.getValue() > 1).limit(5)
            .forEach(entry -> System.out.println("  twice: " + entry.getKey() + " x" + entry.getValue()));
    }
}
