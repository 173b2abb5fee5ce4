package org.loyaldesk.proactive;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A web shop's contacts, made up but shaped like real ones: some 300 new conversations a day, quiet at night, busy
 * mid-morning and in the evening, calmer at weekends, about 200 products of which a few sell most, customers who
 * write about what they bought, in Dutch or English, for the usual reasons. Into a month of it {@link #withIncidents}
 * puts incidents: a run of complaints about one product with its own defect, from a handful in half an hour to a
 * hundred and fifty over six hours. Everything follows from the seeds, nothing from the clock: plain records, so the
 * same month can be replayed over HTTP (the benchmark's {@code ProactiveReplay}) as well as into a detector.
 */
public final class ContactMonth {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int CONTACTS_A_DAY = 300;

    /** One new conversation as it reaches the helpdesk; {@code incident} is null for ordinary traffic. */
    public record Contact(Instant at, String email, String name, String language, List<String> skusOwned, String reason,
                   String text, String incident) {
    }

    /** A run of complaints about one product's defect, from its first complaint ({@code onset}) to its last. */
    public record Incident(String id, String sku, String product, int size, Instant onset, Instant end, String defectDutch,
                    String defectEnglish) {
    }

    public record Month(List<Contact> contacts, List<Incident> incidents) {
    }

    /**
     * Incident sizes and the spans their complaints are spread over, two of each in a 28-day month: a sudden burst
     * (an app update that breaks at once) and slower runs (a faulty batch reaching customers over hours).
     */
    static final List<Integer> SIZES = List.of(8, 10, 15, 40, 150);
    static final List<Duration> SPANS = List.of(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofHours(1),
        Duration.ofHours(2), Duration.ofHours(6));

    private record Customer(String email, String name, String language, List<String> skus) {
    }

    private static final double[] HOUR_OF_DAY = {0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.6, 1.5, 3.0, 4.5, 5.5, 5.0, 4.0, 4.0,
        4.2, 4.0, 3.6, 3.2, 3.6, 4.6, 5.2, 4.4, 2.5, 1.0};
    /** Monday first. */
    private static final double[] DAY_OF_WEEK = {1.2, 1.1, 1.0, 1.0, 0.95, 0.7, 0.75};

    private static final String[] REASONS = {"delivery", "return", "invoice", "defect", "account", null};
    private static final double[] REASON_SHARES = {0.32, 0.18, 0.14, 0.12, 0.10, 0.14};

    private static final String[] BRANDS = {"Volta", "Nordic", "Lumo", "Kwik", "Zenna", "Orbit", "Pixo", "Brava",
        "Tundra", "Velo"};
    private static final String[] TYPES = {"Powerbank", "Oplader", "Koptelefoon", "Oordopjes", "Smartwatch", "Speaker",
        "Waterkoker", "Airfryer", "Stofzuiger", "Haardroger", "Tandenborstel", "Lamp", "Router", "Webcam",
        "Toetsenbord", "Muis", "Monitor", "Ventilator", "Koffiemachine", "Blender"};
    private static final String[] FIRST_NAMES = {"Jan", "Sanne", "Pieter", "Fleur", "Daan", "Lotte", "Ahmed", "Emma",
        "Bram", "Noor", "Tim", "Anouk", "Sven", "Yara", "Luuk", "Iris", "Mohamed", "Julia", "Kevin", "Sophie", "Tom",
        "Lisa", "Ruben", "Eva"};
    private static final String[] LAST_NAMES = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Yilmaz", "El Amrani", "Smith",
        "Jones", "Brown"};

    private static final Map<String, String[]> DUTCH = Map.of(
        "delivery", new String[] {"Mijn pakket is nog niet bezorgd, bestelnummer {order}. Wanneer komt het?",
            "Volgens de track and trace is mijn bestelling bezorgd maar ik heb niets ontvangen.",
            "Ik wacht al {n} dagen op mijn {product}, waar blijft het?",
            "De bezorger is niet langs geweest terwijl ik de hele dag thuis was.",
            "Kan ik het afleveradres van bestelling {order} nog wijzigen?"},
        "return", new String[] {"Ik wil mijn {product} retourneren, hoe werkt dat?",
            "Ik heb de {product} teruggestuurd maar nog geen geld terug ontvangen.",
            "Het retourlabel werkt niet, kunnen jullie een nieuw label sturen?",
            "De {product} past niet bij wat ik zocht, kan ik hem ruilen?"},
        "invoice", new String[] {"Op de factuur van bestelling {order} staat een verkeerd bedrag.",
            "Ik heb twee keer betaald voor dezelfde bestelling.",
            "Kunnen jullie de factuur op naam van mijn bedrijf zetten?",
            "Mijn betaling met iDEAL is mislukt maar het geld is wel afgeschreven."},
        "defect", new String[] {"Mijn {product} doet het niet meer.", "De {product} is kapot aangekomen.",
            "Mijn {product} gaat niet meer aan sinds gisteren.", "Het scherm van mijn {product} flikkert soms.",
            "De batterij van mijn {product} is snel leeg.", "Mijn {product} maakt een raar geluid."},
        "account", new String[] {"Ik kan niet meer inloggen op mijn account.",
            "Hoe verander ik mijn e-mailadres in mijn account?",
            "Ik krijg geen mail om mijn wachtwoord te herstellen.", "Graag mijn account verwijderen."},
        "other", new String[] {"Hebben jullie de {product} ook in het zwart?",
            "Is de {product} geschikt voor gebruik in het buitenland?",
            "Wanneer is de {product} weer op voorraad?", "Geven jullie ook korting bij grote aantallen?"});

    private static final Map<String, String[]> ENGLISH = Map.of(
        "delivery", new String[] {"My parcel has not been delivered yet, order number {order}. When will it arrive?",
            "Tracking says my order was delivered but I received nothing.",
            "I have been waiting {n} days for my {product}, where is it?",
            "The courier never came although I was home all day.",
            "Can I still change the delivery address of order {order}?"},
        "return", new String[] {"I want to return my {product}, how does that work?",
            "I sent the {product} back but have not had a refund.",
            "The return label does not work, can you send a new one?",
            "The {product} is not what I expected, can I exchange it?"},
        "invoice", new String[] {"The invoice for order {order} shows the wrong amount.",
            "I was charged twice for the same order.", "Can you put the invoice in my company's name?",
            "My payment failed but the money was taken from my account."},
        "defect", new String[] {"My {product} stopped working.", "The {product} arrived broken.",
            "My {product} no longer switches on since yesterday.", "The screen of my {product} flickers at times.",
            "The battery of my {product} runs out quickly.", "My {product} makes a strange noise."},
        "account", new String[] {"I cannot log in to my account anymore.",
            "How do I change the email address of my account?", "I get no mail to reset my password.",
            "Please delete my account."},
        "other", new String[] {"Do you have the {product} in black as well?",
            "Can the {product} be used abroad?", "When will the {product} be back in stock?",
            "Do you give a discount on large orders?"});

    /** What people add that says nothing of the issue: the noise a detector must live with. */
    private static final String[] DUTCH_NOISE = {"Het was een cadeau voor mijn {who}.", "Ik ben {when} niet thuis.",
        "Ik heb het {when} besteld.", "Alvast bedankt voor de moeite.", "Ik hoor graag snel van jullie.",
        "Het is de {nth} keer dat ik bij jullie bestel.", "Mijn {who} heeft hetzelfde probleem gehad.",
        "Kunnen jullie me terugbellen?", "Ik heb een foto bijgevoegd."};
    private static final String[] ENGLISH_NOISE = {"It was a present for my {who}.", "I am not home {whenEn}.",
        "I ordered it {whenEn}.", "Thanks in advance.", "Hope to hear from you soon.",
        "This is the {nthEn} time I order from you.", "My {whoEn} had the same problem.", "Could you call me back?",
        "I attached a photo."};
    private static final String[] WHO = {"moeder", "vader", "zus", "broer", "buurman", "dochter", "zoon", "collega",
        "vriendin", "oma"};
    private static final String[] WHO_EN = {"mother", "father", "sister", "brother", "neighbour", "daughter", "son",
        "colleague", "girlfriend", "grandmother"};
    private static final String[] WHEN = {"morgen", "vrijdag", "dinsdag", "volgende week", "vorige week", "gisteren",
        "in het weekend", "vanochtend"};
    private static final String[] WHEN_EN = {"tomorrow", "on Friday", "on Tuesday", "next week", "last week",
        "yesterday", "at the weekend", "this morning"};
    private static final String[] NTH = {"tweede", "derde", "vierde", "vijfde"};
    private static final String[] NTH_EN = {"second", "third", "fourth", "fifth"};

    /** Each incident's own defect, in Dutch and in English. */
    static final String[][] DEFECTS = {
        {"wordt heet tijdens het opladen", "gets hot while charging"},
        {"app crasht na de update", "app crashes after the update"},
        {"scherm blijft zwart na opstarten", "screen stays black after starting"},
        {"bluetooth verbinding valt steeds weg", "bluetooth connection keeps dropping"},
        {"lekt water aan de onderkant", "leaks water at the bottom"},
        {"ruikt naar verbrand plastic", "smells of burnt plastic"},
        {"maakt een hoge pieptoon", "makes a high beeping tone"},
        {"knop zit los na een dag", "button came loose after a day"},
        {"laadt niet op met de kabel", "does not charge with the cable"},
        {"deksel breekt af bij openen", "lid snaps off when opening"},
        {"display toont foutcode E4", "display shows error code E4"},
        {"firmware update mislukt steeds", "firmware update keeps failing"}};

    /** The words around an incident's defect are those of any complaint: only the defect and product stand out. */
    private static final String[] INCIDENT_DUTCH = {"Mijn {product} {defect}.", "De {product} {defect}.",
        "Mijn {product} doet het niet meer, hij {defect}.", "De {product} is kapot: hij {defect}."};
    private static final String[] INCIDENT_ENGLISH = {"My {product} {defect}.", "The {product} {defect}.",
        "My {product} stopped working, it {defect}.", "The {product} arrived broken: it {defect}."};

    private final Map<String, String> productNames = new LinkedHashMap<>();
    private final Map<String, String> productTypes = new HashMap<>();
    private final List<String> skus = new ArrayList<>();
    private final double[] popularity;
    private final List<Customer> customers = new ArrayList<>();
    private final Map<String, List<Customer>> owners = new HashMap<>();

    /** A shop: its products and customers follow from the seed. */
    public ContactMonth(long shopSeed) {
        Random random = new Random(shopSeed);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            String sku = "SKU-" + (1000 + i);
            String type = pick(random, TYPES);
            String name;
            do {
                name = pick(random, BRANDS) + " " + type + " " + (char) ('A' + random.nextInt(26)) + (1 + random.nextInt(9));
            } while (!names.add(name));
            skus.add(sku);
            productNames.put(sku, name);
            productTypes.put(sku, type.toLowerCase());
        }
        // Zipf-like: the k-th product sells in proportion to 1/k
        popularity = new double[skus.size()];
        double sum = 0;
        for (int k = 0; k < skus.size(); k++) {
            sum += 1.0 / (k + 1);
            popularity[k] = sum;
        }
        for (int k = 0; k < popularity.length; k++) {
            popularity[k] /= sum;
        }
        for (int i = 0; i < 20_000; i++) {
            newCustomer(random, null);
        }
    }

    /** Convenience: a shop from the seed and a month of it with incidents. */
    static Month generate(long seed, Instant start, int days) {
        return new ContactMonth(seed).withIncidents(seed, start, days);
    }

    public Map<String, String> productNames() {
        return productNames;
    }

    /** Ordinary traffic only: to warm a detector with. */
    public List<Contact> ordinary(long seed, Instant start, int days) {
        Random random = new Random(seed);
        List<Contact> contacts = new ArrayList<>();
        LocalDate first = start.atZone(ZONE).toLocalDate();
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            double mean = CONTACTS_A_DAY * DAY_OF_WEEK[date.getDayOfWeek().getValue() - 1]
                * Math.exp(0.1 * random.nextGaussian());
            int count = (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            for (int i = 0; i < count; i++) {
                int hour = pickWeighted(random, HOUR_OF_DAY);
                Instant at = date.atTime(hour, 0).atZone(ZONE).toInstant().plusSeconds(random.nextInt(3600));
                if (!at.isBefore(start)) {
                    contacts.add(ordinaryContact(random, at));
                }
            }
        }
        contacts.sort(Comparator.comparing(Contact::at));
        return contacts;
    }

    /** Ordinary traffic with two incidents of each size in every 28 days, at day-time onsets. */
    public Month withIncidents(long seed, Instant start, int days) {
        Random random = new Random(seed * 31 + 7);
        List<Contact> contacts = new ArrayList<>(ordinary(seed, start, days));
        List<Incident> incidents = new ArrayList<>();
        int rounds = Math.max(1, Math.round(days * 2 / 28f));
        List<Integer> defects = new ArrayList<>();
        for (int i = 0; i < DEFECTS.length; i++) {
            defects.add(i);
        }
        Collections.shuffle(defects, random);
        int made = 0;
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < SIZES.size(); s++) {
                int size = SIZES.get(s);
                Duration span = SPANS.get(s);
                LocalDate date = start.atZone(ZONE).toLocalDate().plusDays(1 + random.nextInt(Math.max(1, days - 2)));
                Instant onset = date.atTime(7 + random.nextInt(14), random.nextInt(60)).atZone(ZONE).toInstant();
                // not among the very best sellers, not among those nobody buys
                String sku = skus.get(3 + random.nextInt(100));
                String[] defect = DEFECTS[defects.get(made % defects.size())];
                String id = "incident-" + (++made);
                List<Instant> times = new ArrayList<>();
                times.add(onset);
                for (int i = 1; i < size; i++) {
                    times.add(onset.plusSeconds((long) (random.nextDouble() * span.toSeconds())));
                }
                times.sort(Comparator.naturalOrder());
                for (Instant at : times) {
                    contacts.add(incidentContact(random, at, sku, defect, id));
                }
                incidents.add(new Incident(id, sku, productNames.get(sku), size, onset, times.getLast(), defect[0],
                    defect[1]));
            }
        }
        contacts.sort(Comparator.comparing(Contact::at));
        incidents.sort(Comparator.comparing(Incident::onset));
        return new Month(contacts, incidents);
    }

    private Contact ordinaryContact(Random random, Instant at) {
        Customer customer = customers.get(random.nextInt(customers.size()));
        String reason = REASONS[pickWeighted(random, REASON_SHARES)];
        String sku = customer.skus().get(random.nextInt(customer.skus().size()));
        boolean dutch = customer.language().equals("nl");
        String[] templates = (dutch ? DUTCH : ENGLISH).get(reason == null ? "other" : reason);
        String text = fill(random, pick(random, templates), sku, dutch) + noise(random, dutch);
        // the agent or the classifier does not always know the reason of a new conversation yet
        String knownReason = reason == null || random.nextDouble() < 0.1 ? null : reason;
        return new Contact(at, customer.email(), customer.name(), customer.language(), customer.skus(), knownReason,
            text, null);
    }

    private Contact incidentContact(Random random, Instant at, String sku, String[] defect, String incident) {
        List<Customer> owning = owners.getOrDefault(sku, List.of());
        Customer customer = owning.isEmpty() || random.nextDouble() < 0.3 ? newCustomer(random, sku)
            : owning.get(random.nextInt(owning.size()));
        boolean dutch = customer.language().equals("nl");
        // most name the defect the way the others do, some just say it is broken
        String template = random.nextDouble() < 0.85
            ? pick(random, dutch ? INCIDENT_DUTCH : INCIDENT_ENGLISH).replace("{defect}", defect[dutch ? 0 : 1])
            : pick(random, (dutch ? DUTCH : ENGLISH).get("defect"));
        String text = fill(random, template, sku, dutch) + noise(random, dutch);
        String reason = random.nextDouble() < 0.85 ? "defect" : null;
        return new Contact(at, customer.email(), customer.name(), customer.language(), customer.skus(), reason, text,
            incident);
    }

    private Customer newCustomer(Random random, String mustOwn) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String email = (first + "." + last).toLowerCase().replace(" ", "") + customers.size() + "@example.com";
        List<String> owned = new ArrayList<>();
        if (mustOwn != null) {
            owned.add(mustOwn);
        }
        int count = 1 + random.nextInt(3);
        while (owned.size() < count) {
            String sku = skus.get(zipf(random));
            if (!owned.contains(sku)) {
                owned.add(sku);
            }
        }
        Customer customer = new Customer(email, first + " " + last, random.nextDouble() < 0.75 ? "nl" : "en",
            List.copyOf(owned));
        customers.add(customer);
        for (String sku : owned) {
            owners.computeIfAbsent(sku, k -> new ArrayList<>()).add(customer);
        }
        return customer;
    }

    private String fill(Random random, String template, String sku, boolean dutch) {
        // half the customers name the product, the others just say what kind of thing it is
        String product = random.nextBoolean() ? productNames.get(sku) : productTypes.get(sku);
        return template.replace("{product}", product)
            .replace("{type}", productTypes.get(sku))
            .replace("{order}", String.valueOf(100_000 + random.nextInt(900_000)))
            .replace("{n}", String.valueOf(3 + random.nextInt(10)));
    }

    private String noise(Random random, boolean dutch) {
        StringBuilder text = new StringBuilder();
        int sentences = random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            String sentence = pick(random, dutch ? DUTCH_NOISE : ENGLISH_NOISE)
                .replace("{whoEn}", pick(random, WHO_EN)).replace("{who}", pick(random, WHO))
                .replace("{whenEn}", pick(random, WHEN_EN)).replace("{when}", pick(random, WHEN))
                .replace("{nthEn}", pick(random, NTH_EN)).replace("{nth}", pick(random, NTH));
            text.append(' ').append(sentence);
        }
        return text.toString();
    }

    private int zipf(Random random) {
        double u = random.nextDouble();
        for (int k = 0; k < popularity.length; k++) {
            if (u <= popularity[k]) {
                return k;
            }
        }
        return popularity.length - 1;
    }

    private static int pickWeighted(Random random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
