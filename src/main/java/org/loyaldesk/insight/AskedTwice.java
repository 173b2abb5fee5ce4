package org.loyaldesk.insight;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a customer had to give information twice, in Dutch and English: they say they
 * already gave it ("zoals ik al schreef", "as I already said"), or we asked again for something
 * we had asked for or been given before (an order number, a photo, an address, bank details).
 */
final class AskedTwice {

    private static final Pattern CUSTOMER_REPEATS = Pattern.compile(String.join("|",
        "zoals ik (al|eerder|net) (zei|schreef|aangaf|vertelde|meldde)",
        "ik heb (het|dit|dat|al|u|jullie)( al)?( eerder)? (doorgegeven|gestuurd|gemeld|verteld|uitgelegd|gemaild)",
        "voor de (tweede|derde|vierde) keer", "(weer|opnieuw) (uitleggen|vertellen|doorgeven|sturen)",
        "as i (already |have already |previously )?(said|mentioned|wrote|explained|stated)",
        "i (already|have already|previously) (sent|told|gave|provided|explained|mentioned)",
        "for the (second|third|fourth) time", "repeat myself", "explain (it )?again", "already gave you"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Pattern> ITEMS = Map.of(
        "order-number", Pattern.compile("bestelnummer|ordernummer|order ?number|order no", Pattern.CASE_INSENSITIVE),
        "photo", Pattern.compile("\\bfoto|\\bphoto|\\bpicture", Pattern.CASE_INSENSITIVE),
        "address", Pattern.compile("\\badres|\\baddress", Pattern.CASE_INSENSITIVE),
        "bank", Pattern.compile("\\biban\\b|rekeningnummer|bank ?account|bank details", Pattern.CASE_INSENSITIVE),
        "serial", Pattern.compile("serienummer|serial number", Pattern.CASE_INSENSITIVE));

    private static final Pattern REQUEST = Pattern.compile(
        "\\?|kun je|kunt u|wil je|wilt u|stuur|graag|kan ik|zou je|zou u|could you|can you|please|would you|send us|we need",
        Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?\\n])");

    private static final Pattern ORDER_NUMBER = Pattern.compile("\\b[A-Z]{2,4}-\\d{4,}\\b|\\b\\d{6,}\\b");

    private AskedTwice() {
    }

    /** One public message of the conversation, in time order. */
    record Said(boolean byCustomer, String text) {
    }

    static int count(List<Said> messages) {
        int twice = 0;
        Set<String> known = new HashSet<>();
        for (Said said : messages) {
            String text = said.text() == null ? "" : said.text();
            if (said.byCustomer()) {
                if (CUSTOMER_REPEATS.matcher(text).find()) {
                    twice++;
                }
                if (ORDER_NUMBER.matcher(text).find()) {
                    known.add("order-number");
                }
                continue;
            }
            for (String item : requested(text)) {
                if (!known.add(item)) {
                    twice++;
                }
            }
        }
        return twice;
    }

    /** The items an agent's message asks for: a sentence that names the item and asks for something. */
    private static Set<String> requested(String text) {
        Set<String> items = new HashSet<>();
        for (String sentence : SENTENCE.split(text.toLowerCase(Locale.ROOT))) {
            if (!REQUEST.matcher(sentence).find()) {
                continue;
            }
            ITEMS.forEach((item, pattern) -> {
                if (pattern.matcher(sentence).find()) {
                    items.add(item);
                }
            });
        }
        return items;
    }
}
