package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void htmlBecomesItsTextWithLineBreaksWhereBlocksEnd() {
        String text = PlainText.of("<html><head><style>p { color: red }</style></head><body><p>Hallo&nbsp;Jan,</p>"
            + "<div>Het is &quot;kapot&quot; &amp; stuk &#128545;</div><script>alert(1)</script></body></html>");

        assertThat(text).contains("Hallo Jan,\n").contains("Het is \"kapot\" & stuk 😡").doesNotContain("color", "alert", "<");
    }

    @Test
    void aBlockquoteIsMarkedAsQuotedHistory() {
        MessageParts parts = QuotedHistory.split(PlainText.of(
            "<p>Thanks, solved!</p><blockquote><p>Angry old line</p><p>Another old line</p></blockquote>"));

        assertThat(parts.newText()).isEqualTo("Thanks, solved!");
        assertThat(parts.quoted()).contains("> Angry old line", "> Another old line");
    }

    @Test
    void plainTextIsLeftAlone() {
        assertThat(PlainText.of("2 < 3 and 5 > 4")).isEqualTo("2 < 3 and 5 > 4");
        assertThat(PlainText.of(null)).isEmpty();
    }

    @Test
    void onlyTheStartOfAHugeTextIsKept() {
        assertThat(PlainText.of("x".repeat(2_000_000))).hasSize(PlainText.LIMIT);
    }
}
