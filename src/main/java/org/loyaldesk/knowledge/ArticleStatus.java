package org.loyaldesk.knowledge;

import java.util.Locale;

/** Where an article is in its life: only published articles reach the help centre and suggestions. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code) {
        for (ArticleStatus status : values()) {
            if (status.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown article status '" + code + "': use draft, published or archived");
    }
}
