package org.loyaldesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistoryTests {

    @Test
    void aReplyHeaderStartsTheQuotedHistory() {
        MessageParts parts = QuotedHistory.split("""
            Thanks, that works.

            On Mon, 3 Mar 2025 at 10:12, Support <support@example.com> wrote:
            > Please restart the machine.
            """);
        assertThat(parts.newText()).isEqualTo("Thanks, that works.");
        assertThat(parts.quoted()).startsWith("On Mon, 3 Mar 2025").contains("restart the machine");
    }

    @Test
    void aDutchReplyHeaderWrappedOverTwoLinesStartsTheQuotedHistory() {
        MessageParts parts = QuotedHistory.split("""
            Het werkt weer, dank je.

            Op ma 3 mrt 2025 om 10:12 schreef Klantenservice Koffiehuis
            <klantenservice@example.nl>:
            Heeft u de machine al herstart?
            """);
        assertThat(parts.newText()).isEqualTo("Het werkt weer, dank je.");
        assertThat(parts.quoted()).contains("Heeft u de machine al herstart?");
    }

    @Test
    void outlookHeaderBlocksAndOriginalMessageLinesStartTheQuotedHistory() {
        MessageParts outlook = QuotedHistory.split("""
            Nog steeds niets ontvangen.

            Van: Klantenservice <klantenservice@example.nl>
            Verzonden: maandag 3 maart 2025 10:12
            Aan: Jan
            Onderwerp: Uw bestelling
            Uw bestelling is onderweg.
            """);
        MessageParts original = QuotedHistory.split("Still broken.\n-----Original Message-----\nFrom: Support\nIt is fixed.");
        assertThat(outlook.newText()).isEqualTo("Nog steeds niets ontvangen.");
        assertThat(outlook.quoted()).contains("Uw bestelling is onderweg.");
        assertThat(original.newText()).isEqualTo("Still broken.");
        assertThat(original.quoted()).contains("It is fixed.");
    }

    @Test
    void closingsAndPhoneFootersAreTheSignature() {
        MessageParts dutch = QuotedHistory.split("Graag een nieuwe factuur.\n\nMet vriendelijke groet,\nJan de Boer\n06-12345678");
        MessageParts english = QuotedHistory.split("Please send a new invoice.\n\nKind regards,\nAnna");
        MessageParts dashes = QuotedHistory.split("Thanks!\n-- \nAnna Smith | Example Ltd");
        MessageParts iphone = QuotedHistory.split("Waar blijft mijn pakket?\n\nVerstuurd vanaf mijn iPhone");
        MessageParts sentFrom = QuotedHistory.split("Where is my parcel?\n\nSent from my iPhone");

        assertThat(dutch.newText()).isEqualTo("Graag een nieuwe factuur.");
        assertThat(dutch.signature()).startsWith("Met vriendelijke groet").contains("Jan de Boer");
        assertThat(english.newText()).isEqualTo("Please send a new invoice.");
        assertThat(dashes.newText()).isEqualTo("Thanks!");
        assertThat(dashes.signature()).contains("Anna Smith");
        assertThat(iphone.newText()).isEqualTo("Waar blijft mijn pakket?");
        assertThat(iphone.signature()).isEqualTo("Verstuurd vanaf mijn iPhone");
        assertThat(sentFrom.signature()).isEqualTo("Sent from my iPhone");
    }

    @Test
    void answersBetweenQuotedLinesAreNew() {
        MessageParts parts = QuotedHistory.split("> Which model do you have?\nThe Barista 3000.\n> Since when?\nSince May.");
        assertThat(parts.newText()).isEqualTo("The Barista 3000.\nSince May.");
        assertThat(parts.quoted()).isEqualTo("> Which model do you have?\n> Since when?");
    }

    @Test
    void aSentenceThatMentionsWritingIsNoHeader() {
        MessageParts parts = QuotedHistory.split("On the form I wrote: my address changed.\nPlease update it.");
        assertThat(parts.newText()).contains("Please update it.");
    }

    @Test
    void nothingGivesEmptyParts() {
        assertThat(QuotedHistory.split(null)).isEqualTo(new MessageParts("", "", ""));
        assertThat(QuotedHistory.split("  ")).isEqualTo(new MessageParts("", "", ""));
    }
}
