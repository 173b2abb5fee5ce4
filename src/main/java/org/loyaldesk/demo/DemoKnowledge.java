package org.loyaldesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.loyaldesk.knowledge.ArticleInput;
import org.loyaldesk.knowledge.Articles;
import org.loyaldesk.knowledge.Categories;
import org.loyaldesk.knowledge.CategoryInput;
import org.loyaldesk.knowledge.Synonyms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo shop's help centre: six categories and their articles in Dutch and English, linked as
 * translations, written for the shop's products and the questions its customers ask; and the
 * synonyms its customers use for the same thing.
 */
final class DemoKnowledge {

    private DemoKnowledge() {
    }

    /** Returns the number of articles made. */
    static int create(JsonMapper json, Categories categories, Articles articles, Synonyms synonyms) {
        JsonNode help = read(json);
        Map<String, Long> categoryIds = new HashMap<>();
        for (JsonNode category : help.get("categories")) {
            JsonNode nl = category.get("nl");
            JsonNode en = category.get("en");
            long id = categories.create(new CategoryInput(null, category.get("position").asInt(), nl.get("slug").asString(),
                en.get("slug").asString(), nl.get("name").asString(), en.get("name").asString(),
                nl.get("description").asString(), en.get("description").asString())).id();
            categoryIds.put(category.get("key").asString(), id);
        }
        int made = 0;
        for (JsonNode article : help.get("articles")) {
            Long category = categoryIds.get(article.get("category").asString());
            boolean internal = article.has("internal") && article.get("internal").asBoolean();
            long dutch = articles.create(input(article.get("nl"), "nl", category, internal, null)).article().id();
            articles.create(input(article.get("en"), "en", category, internal, dutch));
            made += 2;
        }
        synonyms.replace(List.of(List.of("retour", "terugsturen", "retourneren", "retourzending"),
            List.of("return", "send back"), List.of("ontkalken", "kalk verwijderen"), List.of("descale", "decalcify"),
            List.of("pakket", "pakje", "zending"), List.of("parcel", "package")));
        return made;
    }

    private static ArticleInput input(JsonNode text, String language, Long category, boolean internal, Long translationOf) {
        return new ArticleInput(language, text.get("slug").asString(), text.get("title").asString(),
            text.get("summary").asString(), text.get("body").asString(), "published", internal, category, translationOf, null);
    }

    private static JsonNode read(JsonMapper json) {
        try (InputStream in = DemoKnowledge.class.getResourceAsStream("/demo/help-articles.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/help-articles.json is missing from the class path");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
