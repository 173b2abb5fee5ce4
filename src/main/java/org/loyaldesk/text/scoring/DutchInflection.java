package org.loyaldesk.text.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the commonest Dutch adjective inflections so that a lexicon of base forms also finds
 * "goede" (goed), "slechte" (slecht), "dikke" (dik), "boze" (boos), "lieve" (lief) and "lekkerste" (lekker).
 */
final class DutchInflection {

    private DutchInflection() {
    }

    static List<String> baseForms(String word) {
        List<String> forms = new ArrayList<>(4);
        if (word.length() > 6 && word.endsWith("ste")) {
            forms.add(word.substring(0, word.length() - 3));
        }
        if (word.length() > 3 && word.endsWith("e")) {
            String stem = word.substring(0, word.length() - 1);
            forms.add(stem);
            int n = stem.length();
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
                forms.add(stem.substring(0, n - 1));
            } else if (n > 2 && !isVowel(stem.charAt(n - 1)) && isVowel(stem.charAt(n - 2))
                && (n < 3 || !isVowel(stem.charAt(n - 3)))) {
                String lengthened = stem.substring(0, n - 1) + stem.charAt(n - 2) + devoiced(stem.charAt(n - 1));
                forms.add(lengthened);
            }
            char last = stem.charAt(n - 1);
            if (last == 'z' || last == 'v') {
                forms.add(stem.substring(0, n - 1) + devoiced(last));
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static char devoiced(char c) {
        return c == 'z' ? 's' : c == 'v' ? 'f' : c;
    }
}
