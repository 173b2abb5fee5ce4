package org.loyaldesk.knowledge;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.loyaldesk.platform.Language;

/**
 * An article as the index holds it: title and text plainly (exact words, typos, as you type) and
 * stemmed in the article's own language, with its helpfulness as a ranking feature.
 */
final class ArticleDocuments {

    /**
     * Searched text with its offsets in the postings: the highlighter then reads where the words
     * are instead of analysing each hit's text again, three ways, on every search.
     */
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    private ArticleDocuments() {
    }

    static Document of(Article article) {
        Document document = new Document();
        document.add(new StringField(ArticleFields.ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new StringField(ArticleFields.LANGUAGE, article.language().code(), Field.Store.YES));
        document.add(new StringField(ArticleFields.INTERNAL, Boolean.toString(article.internal()), Field.Store.YES));
        document.add(new StoredField(ArticleFields.SLUG, article.slug()));
        if (article.summary() != null) {
            document.add(new StoredField(ArticleFields.SUMMARY, article.summary()));
        }
        document.add(new TextField(ArticleFields.TITLE, article.title(), Field.Store.YES));
        String text = ArticleHtml.text(article.bodyHtml());
        document.add(new StoredField(ArticleFields.BODY, text));
        document.add(new Field(ArticleFields.TEXT, text, WITH_OFFSETS));
        boolean dutch = article.language() == Language.NL;
        document.add(new TextField(dutch ? ArticleFields.TITLE_NL : ArticleFields.TITLE_EN, article.title(), Field.Store.NO));
        document.add(new Field(dutch ? ArticleFields.TEXT_NL : ArticleFields.TEXT_EN, text, WITH_OFFSETS));
        document.add(new FeatureField(ArticleFields.FEATURES, ArticleFields.HELPFULNESS, (float) article.helpfulness()));
        return document;
    }
}
