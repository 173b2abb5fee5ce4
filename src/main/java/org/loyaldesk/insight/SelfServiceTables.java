package org.loyaldesk.insight;

import java.util.List;

import org.loyaldesk.insight.Dashboard.Cell;
import org.loyaldesk.insight.Dashboard.Table;
import org.loyaldesk.knowledge.SelfService;

/**
 * The help centre on the loyalty dashboard: which articles spared contacts, and the content gaps —
 * what customers searched for and did not find, and the articles they said did not help.
 */
final class SelfServiceTables {

    private SelfServiceTables() {
    }

    static List<Table> of(SelfService help) {
        Table deflections = new Table("deflections", List.of("insight.col.article", "insight.col.language",
            "insight.col.readers", "insight.col.deflected"), help.articles().stream().map(article -> List.of(
                Cell.text(article.title()).linked("/knowledge/articles/" + article.articleId()),
                Cell.code("language.", article.language()), LoyaltyReport.count(article.readers()),
                LoyaltyReport.count(article.deflected()))).toList(), 10);
        Table emptySearches = new Table("emptySearches", List.of("insight.col.query", "insight.col.times"),
            help.noResults().stream().map(search -> List.of(Cell.text(search.query()),
                LoyaltyReport.count(search.times()))).toList(), 10);
        Table unhelpful = new Table("unhelpfulArticles", List.of("insight.col.article", "insight.col.language",
            "insight.col.votedNo", "insight.col.votedYes", "insight.col.lastComment"), help.unhelpful().stream()
            .map(article -> List.of(Cell.text(article.title()).linked("/knowledge/articles/" + article.articleId()),
                Cell.code("language.", article.language()), LoyaltyReport.count(article.no()), LoyaltyReport.count(article.yes()),
                Cell.text(article.lastComment()))).toList(), 10);
        return List.of(deflections, emptySearches, unhelpful);
    }
}
