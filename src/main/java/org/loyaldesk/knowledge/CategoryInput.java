package org.loyaldesk.knowledge;

/** A new category or section: a slug and a name per language, an optional description and parent. */
public record CategoryInput(Long parentId, Integer position, String slugNl, String slugEn, String nameNl,
                            String nameEn, String descriptionNl, String descriptionEn) {
}
