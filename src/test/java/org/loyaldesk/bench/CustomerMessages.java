package org.loyaldesk.bench;

import java.util.List;

/**
 * Realistic customer messages of about 300 characters, Dutch and English, with greetings,
 * signatures and now and then quoted history, written for the throughput benchmark.
 */
final class CustomerMessages {

    static final List<String> ALL = List.of(
        "Beste klantenservice,\n\nIk heb vorige week dinsdag een bestelling geplaatst (ordernummer 100234) maar ik heb nog "
            + "steeds niets ontvangen. Volgens de track en trace ligt het pakket al vijf dagen bij het sorteercentrum. "
            + "Kunnen jullie uitzoeken wat er aan de hand is?\n\nMet vriendelijke groet,\nMarieke Jansen",
        "Hi there,\n\nI ordered the Barista 3000 grinder two weeks ago and it arrived today, but the hopper is cracked and it "
            + "makes a horrible grinding noise. Honestly quite disappointed. Can you send a replacement or should I return "
            + "it first?\n\nKind regards,\nTom",
        "DIT IS NU AL DE DERDE KEER DAT IK MAIL!!! Niemand reageert, het geld is wel van mijn rekening afgeschreven maar er "
            + "is niks geleverd. Belachelijk gewoon. Als ik morgen niks hoor ga ik naar de consumentenbond.\n\n"
            + "Verstuurd vanaf mijn iPhone",
        "Thank you so much for the quick help yesterday! The new machine works perfectly and the coffee tastes great. Your "
            + "colleague Sanne was really friendly on the phone. I will definitely order again.\n\nOn Mon, 3 Mar 2025 at "
            + "10:12, Support <support@example.com> wrote:\n> We have sent a new machine.",
        "Hallo,\n\nIk wil graag mijn abonnement op de maandelijkse koffiebox pauzeren voor twee maanden omdat we op reis "
            + "gaan. In mijn account kan ik die optie niet vinden. Kunnen jullie dat voor mij regelen? Alvast bedankt!\n\n"
            + "Groeten,\nPieter",
        "I was charged twice for order 100987, once by credit card and once by PayPal. Please refund one of the payments as "
            + "soon as possible. I have attached screenshots of both transactions. This is not the first time this happens "
            + "and it is getting really annoying.",
        "Goedemiddag, de koffiebonen die ik ontving smaken muf en de verpakking was niet goed afgesloten. Ik heb altijd "
            + "tevreden geweest over jullie koffie, maar dit was echt geen goede ervaring. Graag een nieuwe zak of mijn geld "
            + "terug. Vriendelijke groet, Anne",
        "Hello, could you tell me whether you deliver to Belgium as well, and how long shipping usually takes? I would like "
            + "to send a gift box to my sister in Antwerp before her birthday next Friday. Thanks in advance for your help!"
            + "\n\nBest regards,\nEmma");

    private CustomerMessages() {
    }

    static double meanLength() {
        return ALL.stream().mapToInt(String::length).average().orElse(0);
    }
}
