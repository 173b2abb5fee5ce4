package org.loyaldesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article sanitiser on images: an article's own files and web images stay, anything that could run goes. */
class ArticleHtmlTests {

    @Test
    void anImageOfTheArticlesOwnFilesKeepsItsRelativeAddress() {
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean(
            "<p>Click here:</p><p><img src=\"/help/files/12/screenshot-1.png\" alt=\"The button\"></p>");

        assertThat(cleaned.html()).isEqualTo(
            "<p>Click here:</p><p><img src=\"/help/files/12/screenshot-1.png\" alt=\"The button\"></p>");
        assertThat(cleaned.changed()).isFalse();
    }

    @Test
    void aLinkToAnArticlesPdfKeepsItsRelativeAddress() {
        String html = ArticleHtml.clean("<p><a href=\"/help/files/7/manual.pdf\">Manual</a></p>").html();

        assertThat(html).contains("href=\"/help/files/7/manual.pdf\"").doesNotContain("help.invalid");
    }

    @Test
    void anImageOnTheWebStays() {
        assertThat(ArticleHtml.clean("<img src=\"https://example.com/a.png\">").html())
            .isEqualTo("<img src=\"https://example.com/a.png\">");
    }

    @Test
    void dataJavascriptAndHandlerImagesLoseWhatCouldRun() {
        ArticleHtml.Cleaned data = ArticleHtml.clean("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">");
        ArticleHtml.Cleaned script = ArticleHtml.clean("<img src=\"javascript:alert(1)\">");
        ArticleHtml.Cleaned handler = ArticleHtml.clean("<img src=\"/help/files/1/a.png\" onerror=\"alert(1)\">");
        ArticleHtml.Cleaned vbscript = ArticleHtml.clean("<img src=\" JaVaScRiPt:alert(1)\">");

        assertThat(data.html()).doesNotContain("data:").doesNotContain("src");
        assertThat(script.html()).doesNotContain("javascript").doesNotContain("src");
        assertThat(vbscript.html()).doesNotContainIgnoringCase("javascript");
        assertThat(handler.html()).isEqualTo("<img src=\"/help/files/1/a.png\">");
        assertThat(data.changed()).isTrue();
        assertThat(script.changed()).isTrue();
        assertThat(handler.changed()).isTrue();
    }

    @Test
    void theTeamSeesTheImagesOfDraftsFromItsOwnAddress() {
        assertThat(KnowledgeFiles.forTeam("<img src=\"/help/files/3/a.png\"><a href=\"/help/files/4/b.pdf\">b</a>"))
            .isEqualTo("<img src=\"/knowledge/files/3/a.png\"><a href=\"/help/files/4/b.pdf\">b</a>");
    }

    @Test
    void filenamesLoseFoldersControlCharactersAndMisleadingExtensions() {
        assertThat(KnowledgeFiles.cleanName("C:\\Users\\me\\..\\shot.png")).isEqualTo("shot.png");
        assertThat(KnowledgeFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(KnowledgeFiles.cleanName("a\u0000b\r\nc\u202Egnp.exe")).isEqualTo("abcgnp.exe");
        assertThat(KnowledgeFiles.cleanName("  ")).isEqualTo("file");
        assertThat(KnowledgeFiles.cleanName("x".repeat(300) + ".png")).hasSize(255).endsWith(".png");
        assertThat(KnowledgeFiles.withExtension("invoice.html", KnowledgeFiles.Kind.PNG)).isEqualTo("invoice.html.png");
        assertThat(KnowledgeFiles.withExtension("photo.JPEG", KnowledgeFiles.Kind.JPEG)).isEqualTo("photo.JPEG");
        assertThat(KnowledgeFiles.withExtension("x".repeat(255), KnowledgeFiles.Kind.PDF)).hasSize(255).endsWith(".pdf");
        assertThat(KnowledgeFiles.urlName("Schermafbeelding 2026-01-02 om 10.15 (1).png"))
            .isEqualTo("Schermafbeelding-2026-01-02-om-10.15-1-.png");
        assertThat(KnowledgeFiles.urlName("überweisung;.pdf")).isEqualTo("berweisung-.pdf");
    }
}
