package org.loyaldesk.text.scoring;

import java.util.Set;
import java.util.stream.Collectors;

/** The emoticons a lexicon knows, such as ":)" and ":-(": terms that hold no letter or digit at all, or few. */
final class Emoticons {

    private static final Set<String> KNOWN = Set.of(":)", ":-)", ":(", ":-(", ":d", ":-d", ";)", ";-)", ":p", ":-p",
        ":/", ":-/", ":'(", "<3", "</3", ":o", ":-o", ":|", ":-|", ":s", "xd", ":@", ">:(", "=)", "=(", ":*");

    private Emoticons() {
    }

    static Set<String> of(Lexicon lexicon) {
        return KNOWN.stream().filter(lexicon::contains).collect(Collectors.toUnmodifiableSet());
    }
}
