package org.loyaldesk.knowledge;

import org.loyaldesk.platform.Language;

/** A category of the help centre, or a section of one when it has a parent; named in both languages. */
public record Category(long id, Long parentId, int position, String slugNl, String slugEn, String nameNl,
                       String nameEn, String descriptionNl, String descriptionEn) {

    public String slug(Language language) {
        return language == Language.NL ? slugNl : slugEn;
    }

    public String name(Language language) {
        return language == Language.NL ? nameNl : nameEn;
    }

    public String description(Language language) {
        return language == Language.NL ? descriptionNl : descriptionEn;
    }
}
