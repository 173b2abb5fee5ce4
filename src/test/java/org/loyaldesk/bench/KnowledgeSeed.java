package org.loyaldesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a Loyaldesk's knowledge base through the REST API: {@code articles} published articles, half
 * Dutch and half English, generated from a coffee-shop helpdesk vocabulary (some about "ontkalken", some
 * with compounds such as "retourzending"), sent by {@code clients} clients at once. Measures how fast they
 * are saved, how long until the last one is found by search (the index follows the database
 * asynchronously), and how long an index rebuild takes. Then writes the request paths the wrk runs of
 * bench/knowledge.sh use: team searches, Dutch article pages and the as-you-type query.
 *
 * <p>usage: KnowledgeSeed baseUrl token articles clients outputDirectory
 */
public final class KnowledgeSeed {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern ARTICLES = Pattern.compile("\"articles\"\\s*:\\s*(\\d+)");

    /** The team searches of the wrk run: exact words, typos, two words, a compound part; Dutch and English. */
    static final String[][] SEARCHES = {
        { "nl", "ontkalken" }, { "nl", "retourzending" }, { "nl", "melkopschuimer" }, { "nl", "factuur" },
        { "nl", "ontkalkne" }, { "nl", "espresomachine" }, { "nl", "retourzendnig" },
        { "nl", "ontkalken espressomachine" }, { "nl", "bonen maalgraad" }, { "nl", "zending" },
        { "en", "descaling" }, { "en", "refund" }, { "en", "grnder" }, { "en", "milk frother" },
    };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int count = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String marker = "kwartelkoekoek";

        List<String> nlSlugs = new ArrayList<>();
        Latencies latencies = new Latencies(count);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Generated article = generate(i, i >= count - clients ? marker : null);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(article.json())).build(),
                            HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("  article " + i + ": " + response.statusCode() + " " + response.body());
                            }
                        } else if (article.language().equals("nl")) {
                            synchronized (nlSlugs) {
                                nlSlugs.add(article.slug());
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies.record(i, System.nanoTime() - sent);
                    if (i > 0 && i % 2000 == 0) {
                        System.out.printf("  %d of %d articles saved%n", i, count);
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double saved = (System.nanoTime() - started) / 1e9;
        // the last article of each client holds a word no other has: once search finds them all, the index has
        // caught up with the saves
        String probe = base + "/api/v1/articles/search?limit=1&q=" + marker;
        while (total(http, probe, token) < Math.min(clients, count)) {
            Thread.sleep(20);
        }
        double searchable = (System.nanoTime() - started) / 1e9;
        System.out.printf("saved %d articles (%d errors) in %.1f s with %d clients: %.0f articles/s, POST p50 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms%n", count, errors.get(), saved, clients, count / saved, latencies.percentile(50),
            latencies.percentile(99), latencies.percentile(100));
        System.out.printf("all searchable after %.1f s: %.0f articles/s indexed (index %.1f s behind the last save)%n",
            searchable, count / searchable, searchable - saved);

        long rebuildStart = System.nanoTime();
        HttpResponse<String> rebuilt = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/knowledge/rebuild"))
            .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        Matcher rebuiltCount = ARTICLES.matcher(rebuilt.body());
        System.out.printf("rebuild: %s, %s articles in %.1f s; last articles found afterwards: %s%n", rebuilt.statusCode(),
            rebuiltCount.find() ? rebuiltCount.group(1) : rebuilt.body(), rebuildSeconds,
            total(http, probe, token) >= Math.min(clients, count) ? "yes" : "NO");

        List<String> searches = new ArrayList<>();
        for (String[] search : SEARCHES) {
            String path = "/api/v1/articles/search?language=" + search[0] + "&limit=10&q="
                + URLEncoder.encode(search[1], StandardCharsets.UTF_8).replace("+", "%20");
            searches.add(path);
            System.out.printf("  team search %-40s %6d hits%n", search[0] + " \"" + search[1] + "\"",
                total(http, base + path, token));
        }
        Files.write(out.resolve("search.paths"), searches);
        Random random = new Random(7);
        List<String> pages = new ArrayList<>();
        for (int n = 0; n < 1000 && !nlSlugs.isEmpty(); n++) {
            pages.add("/help/nl/" + nlSlugs.get(random.nextInt(nlSlugs.size())));
        }
        Files.write(out.resolve("article.paths"), pages);
        Files.write(out.resolve("suggest.paths"), List.of("/help/nl/suggest?q=ontk"));
        Files.write(out.resolve("static.paths"), List.of("/css/help.css"));
    }

    private static long total(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(response.body());
        return response.statusCode() == 200 && total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    record Generated(String language, String slug, String json) {
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static final String[] NL_PRODUCTS = { "espressomachine", "volautomaat", "koffiemolen", "melkopschuimer",
        "filterkoffiezetter", "waterkoker", "koffiebonen", "cupmachine", "barista-set", "thermoskan", "moka-pot",
        "French press", "proefpakket", "koffieabonnement", "cadeaubon", "decafbonen", "espressokopjes" };
    private static final String[] NL_TOPICS = { "ontkalken", "schoonmaken", "retourzending", "terugbetaling",
        "bezorging", "factuur", "garantie", "reparatie", "abonnement opzeggen", "maalgraad instellen", "storing",
        "lekkage", "wachtwoord vergeten", "betaling mislukt", "verzendkosten", "bestelling wijzigen", "levertijd",
        "kortingscode", "waterfilter vervangen", "melk opschuimen" };
    private static final String[] NL_TITLE = { "Zo gaat %s met je %s", "%s: je %s", "Vragen over %s van je %s",
        "Hulp bij %s voor de %s", "Alles over %s (%s)" };
    private static final String[] NL_SENTENCES = {
        "Zet de %s uit en laat hem minstens tien minuten afkoelen voordat je begint.",
        "Vul het waterreservoir tot de bovenste streep en voeg het middel toe volgens de verpakking.",
        "Bij hard kraanwater raden we aan de %s elke zes tot acht weken te ontkalken.",
        "Kalkaanslag in de zetgroep maakt de koffie lauw en bitter; ontkalken lost dat meestal op.",
        "Gebruik geen azijn: het tast de afdichtingen van de pomp aan en valt niet onder de garantie.",
        "Meld een retourzending binnen dertig dagen aan via je account onder Bestellingen.",
        "Het retourlabel krijg je per e-mail; plak het op de doos en breng het pakket naar een afgiftepunt.",
        "Na ontvangst van de retourzending storten we het bedrag binnen vijf werkdagen terug.",
        "De factuur staat in je account en wordt ook meegestuurd in de bevestigingsmail van je bestelling.",
        "Bestellingen die voor twee uur zijn geplaatst, versturen we dezelfde werkdag.",
        "De bezorger probeert het pakket twee keer af te leveren; daarna ligt het een week bij het afhaalpunt.",
        "Stel de maalgraad fijner in als de espresso te snel doorloopt en waterig smaakt.",
        "Een grovere maalgraad helpt wanneer de koffie bitter is of de %s nauwelijks doorloopt.",
        "Bewaar de bonen luchtdicht, koel en donker, en maal ze pas vlak voor het zetten.",
        "Spoel de melkopschuimer na elk gebruik door met warm water, anders droogt de melk in.",
        "Vervang het waterfilter elke twee maanden of na vijftig liter water.",
        "Lekt er water onder de %s, controleer dan eerst of de lekbak en het reservoir goed vastzitten.",
        "Knippert het lampje rood, dan vraagt de machine om een ontkalkbeurt of is de bonenbak leeg.",
        "Je abonnement pas je aan of zeg je op tot drie dagen voor de volgende levering.",
        "Met een kortingscode betaal je minder; vul hem in bij de laatste stap van het afrekenen.",
        "Betalen kan met iDEAL, creditcard of achteraf; bij een mislukte betaling blijft de bestelling drie dagen staan.",
        "Op de %s zit twee jaar garantie; bewaar daarom de factuur of de orderbevestiging.",
        "Voor een reparatie sturen we een verzendlabel; de reparatie duurt meestal tien werkdagen.",
        "Onze baristas testen elke nieuwe branding eerst als filterkoffie en als espresso.",
        "Werkt het niet? Neem contact op met de klantenservice en vermeld je ordernummer.",
    };
    private static final String[] EN_PRODUCTS = { "espresso machine", "bean-to-cup machine", "coffee grinder",
        "milk frother", "filter coffee maker", "kettle", "coffee beans", "capsule machine", "barista kit",
        "thermos jug", "moka pot", "French press", "tasting box", "coffee subscription", "gift card", "decaf beans" };
    private static final String[] EN_TOPICS = { "descaling", "cleaning", "returns", "refunds", "delivery", "invoices",
        "warranty", "repairs", "cancelling a subscription", "grind size", "error lights", "leaks", "password reset",
        "failed payment", "shipping costs", "changing an order", "delivery times", "discount codes",
        "replacing the water filter", "frothing milk" };
    private static final String[] EN_TITLE = { "%s for your %s", "%s: your %s", "Questions about %s and your %s",
        "Help with %s for the %s", "All about %s (%s)" };
    private static final String[] EN_SENTENCES = {
        "Switch the %s off and let it cool down for at least ten minutes before you start.",
        "Fill the water tank to the top line and add the descaler as the pack says.",
        "With hard tap water we advise descaling the %s every six to eight weeks.",
        "Scale in the brewing unit makes coffee lukewarm and bitter; descaling usually fixes that.",
        "Do not use vinegar: it damages the pump's seals and is not covered by the warranty.",
        "Register a return within thirty days from your account under Orders.",
        "You receive the return label by email; stick it on the box and take the parcel to a drop-off point.",
        "Once we receive your return we refund the amount within five working days.",
        "The invoice is in your account and attached to the confirmation email of your order.",
        "Orders placed before two o'clock ship the same working day.",
        "The courier tries to deliver twice; after that the parcel waits a week at the pick-up point.",
        "Set the grinder finer if the espresso runs too fast and tastes watery.",
        "A coarser grind helps when the coffee is bitter or the %s barely runs.",
        "Keep the beans airtight, cool and dark, and grind them just before brewing.",
        "Rinse the milk frother with warm water after each use, or the milk dries in.",
        "Replace the water filter every two months or after fifty litres of water.",
        "If water leaks under the %s, first check that the drip tray and the tank sit properly.",
        "A blinking red light means the machine wants descaling or the bean hopper is empty.",
        "You can change or cancel your subscription until three days before the next delivery.",
        "A discount code lowers the price; enter it at the last step of checkout.",
        "You can pay by card, PayPal or invoice; after a failed payment the order is held for three days.",
        "The %s has a two-year warranty, so keep the invoice or the order confirmation.",
        "For a repair we send a shipping label; repairs usually take ten working days.",
        "Our baristas taste every new roast as filter coffee and as espresso first.",
        "Still stuck? Contact customer service and mention your order number.",
    };

    /** Article {@code i}: even numbers Dutch, odd English; the same i gives the same article. */
    static Generated generate(int i, String marker) {
        boolean dutch = i % 2 == 0;
        Random random = new Random(i * 7919L + 13);
        String[] products = dutch ? NL_PRODUCTS : EN_PRODUCTS;
        String[] topics = dutch ? NL_TOPICS : EN_TOPICS;
        String[] sentences = dutch ? NL_SENTENCES : EN_SENTENCES;
        String product = products[random.nextInt(products.length)];
        String topic = topics[random.nextInt(topics.length)];
        String title = capitalise((dutch ? NL_TITLE : EN_TITLE)[random.nextInt(NL_TITLE.length)].formatted(topic, product));
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "") + "-" + i;
        String summary = sentence(sentences, random, product) + " " + sentence(sentences, random, product);
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && random.nextInt(3) == 0) {
                body.append("<h2>").append(capitalise(topics[random.nextInt(topics.length)])).append("</h2>");
            }
            if (random.nextInt(4) == 0) {
                body.append("<ul>");
                for (int li = 2 + random.nextInt(3); li > 0; li--) {
                    body.append("<li>").append(sentence(sentences, random, product)).append("</li>");
                }
                body.append("</ul>");
            } else {
                body.append("<p>");
                for (int s = 2 + random.nextInt(4); s > 0; s--) {
                    body.append(sentence(sentences, random, products[random.nextInt(products.length)])).append(' ');
                }
                body.append("</p>");
            }
        }
        if (marker != null) {
            body.append("<p>").append(marker).append("</p>");
        }
        String json = "{\"language\":\"" + (dutch ? "nl" : "en") + "\",\"slug\":\"" + slug + "\",\"title\":\""
            + escape(title) + "\",\"summary\":\"" + escape(summary) + "\",\"body\":\"" + escape(body.toString())
            + "\",\"status\":\"published\"}";
        return new Generated(dutch ? "nl" : "en", slug, json);
    }

    private static String sentence(String[] sentences, Random random, String product) {
        return sentences[random.nextInt(sentences.length)].formatted(product);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
