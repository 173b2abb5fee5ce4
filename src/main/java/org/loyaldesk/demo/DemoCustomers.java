package org.loyaldesk.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.loyaldesk.customer.ContactAddress;
import org.loyaldesk.customer.CustomerDirectory;
import org.loyaldesk.customer.CustomerRef;
import org.loyaldesk.customer.OrderImport;
import org.loyaldesk.platform.Language;

/** Fifty customers of the shop, most Dutch, some English-speaking, with their orders and a few duplicates. */
final class DemoCustomers {

    record Product(String sku, String name, BigDecimal price) {
    }

    record Shopper(CustomerRef ref, String firstName, Language language, List<String> orders, List<Product> bought) {
    }

    static final List<Product> PRODUCTS = List.of(
        new Product("KK-ESP-200", "Espressomachine Barista 200", new BigDecimal("349.00")),
        new Product("KK-GRD-50", "Koffiemolen Precisie 50", new BigDecimal("129.00")),
        new Product("KK-KET-17", "Waterkoker Retro 1,7 L", new BigDecimal("59.95")),
        new Product("KK-BNS-1KG", "Koffiebonen Huismelange 1 kg", new BigDecimal("18.50")),
        new Product("KK-MLK-01", "Melkopschuimer Duo", new BigDecimal("79.00")),
        new Product("KK-DSC-250", "Ontkalker 250 ml", new BigDecimal("9.95")),
        new Product("KK-CUP-6", "Cappuccinokopjes set van 6", new BigDecimal("34.00")),
        new Product("KK-FLT-2", "Waterfilter (2 stuks)", new BigDecimal("14.95")));

    private static final String[] DUTCH_FIRST = { "Jan", "Sophie", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess",
        "Thijs", "Lotte", "Ruben", "Anouk", "Bas", "Fleur", "Koen", "Iris", "Mohammed", "Yara", "Pieter", "Noor",
        "Willem", "Sara", "Joost", "Eva", "Hanneke", "Stijn", "Maartje", "Ahmed", "Marloes", "Gert", "Ilse", "Rik",
        "Nadia", "Wouter", "Femke" };
    private static final String[] DUTCH_LAST = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
        "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Leeuwen", "Dekker", "Brouwer", "El Idrissi", "Yilmaz", "Kramer", "van der Meer" };
    private static final String[] ENGLISH_FIRST = { "Oliver", "Amelia", "George", "Isla", "Harry", "Olivia", "Jack",
        "Emily", "Charlie", "Grace", "Thomas", "Chloe", "James", "Hannah", "Daniel" };
    private static final String[] ENGLISH_LAST = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans",
        "Walker", "Wright", "Thompson", "Roberts", "Clarke" };

    private DemoCustomers() {
    }

    static List<Shopper> create(CustomerDirectory customers, Random random, Instant now) {
        List<Shopper> shoppers = new ArrayList<>();
        Set<String> mailboxes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            boolean dutch = i % 10 < 7;
            String first = pick(random, dutch ? DUTCH_FIRST : ENGLISH_FIRST);
            String last = pick(random, dutch ? DUTCH_LAST : ENGLISH_LAST);
            Language language = dutch ? Language.NL : Language.EN;
            String mailbox = mailbox(first, last);
            // two customers with the same name still are two people
            String email = (mailboxes.add(mailbox) ? mailbox : mailbox + i) + (dutch ? "@voorbeeld.nl" : "@example.co.uk");
            CustomerRef ref = customers.identify(ContactAddress.email(email), first + " " + last, language);
            if (random.nextInt(3) == 0) {
                customers.learnContact(ref.id(), ContactAddress.phone(String.format(Locale.ROOT, "06%08d",
                    10_000_000 + random.nextInt(89_999_999))));
            }
            shoppers.add(orders(customers, ref, first, language, random, now, i));
        }
        duplicates(customers, shoppers);
        return shoppers;
    }

    /** Two customers wrote from a second address too, so an agent has someone to merge. */
    private static void duplicates(CustomerDirectory customers, List<Shopper> shoppers) {
        for (int i = 0; i < 2; i++) {
            Shopper original = shoppers.get(i * 3);
            customers.identify(ContactAddress.email("prive." + i + "." + mailbox(original.firstName(), "")
                + "@mail.example"), original.ref().displayName(), original.language());
        }
    }

    private static Shopper orders(CustomerDirectory customers, CustomerRef ref, String first, Language language,
                                  Random random, Instant now, int index) {
        List<String> numbers = new ArrayList<>();
        List<Product> bought = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
            String number = String.format(Locale.ROOT, "KK-%d", 240_100 + index * 7 + n);
            Product main = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
            Product extra = PRODUCTS.get(3 + random.nextInt(3));
            List<OrderImport.Line> lines = new ArrayList<>();
            lines.add(new OrderImport.Line(main.sku(), main.name(), 1, main.price()));
            if (extra != main) {
                lines.add(new OrderImport.Line(extra.sku(), extra.name(), 2, extra.price().multiply(BigDecimal.TWO)));
            }
            Instant orderedAt = now.minus(Duration.ofDays(5 + random.nextInt(120))).minus(Duration.ofMinutes(random.nextInt(1440)));
            customers.importOrder(ref.id(), new OrderImport(number, orderedAt, "EUR", lines));
            numbers.add(number);
            bought.add(main);
        }
        return new Shopper(ref, first, language, numbers, bought);
    }

    private static String mailbox(String first, String last) {
        return (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "").replaceAll("\\.+$", "");
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
