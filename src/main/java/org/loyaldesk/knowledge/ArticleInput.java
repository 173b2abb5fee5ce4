package org.loyaldesk.knowledge;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an editor sends to create or change an article. Missing values on a change keep what the
 * article has; {@code version} is the version the editor started from.
 */
public record ArticleInput(
    @Schema(description = "nl or en", example = "nl") String language,
    @Schema(description = "the last part of the article's URL; made from the title when left out",
        example = "espressomachine-ontkalken") String slug,
    @Schema(example = "Je espressomachine ontkalken") String title,
    @Schema(description = "one or two sentences for result lists and search engines") String summary,
    @Schema(description = "HTML; anything that could run in a reader's browser is removed on save") String body,
    @Schema(description = "draft (default), published or archived") String status,
    @Schema(description = "for agents only, never in the help centre") Boolean internal,
    Long categoryId,
    @Schema(description = "the article (in the other language) this one translates") Long translationOf,
    @Schema(description = "on a change: the version you edited; a newer one on the server answers 409") Integer version) {
}
