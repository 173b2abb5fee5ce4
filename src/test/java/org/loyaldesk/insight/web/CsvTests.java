package org.loyaldesk.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A CSV the viewer's spreadsheet opens in columns, and in which no cell can run as a formula. */
class CsvTests {

    private static final Csv DUTCH = Csv.forLocale(Locale.forLanguageTag("nl"));
    private static final Csv ENGLISH = Csv.forLocale(Locale.ENGLISH);

    @Test
    void dutchSeparatesWithSemicolonsAndWritesDecimalCommas() {
        assertThat(DUTCH.line(List.of("Klant", DUTCH.number(-2.25), DUTCH.number(70.8), DUTCH.number(1234))))
            .isEqualTo("Klant;-2,25;70,8;1234\r\n");
        assertThat(ENGLISH.line(List.of("Customer", ENGLISH.number(-2.25), ENGLISH.number(70.8))))
            .isEqualTo("Customer,-2.25,70.8\r\n");
    }

    @Test
    void aTextWithTheSeparatorOrAQuoteIsQuoted() {
        assertThat(DUTCH.field("Retour; kapot")).isEqualTo("\"Retour; kapot\"");
        assertThat(DUTCH.field("Jansen, Anna")).isEqualTo("Jansen, Anna");
        assertThat(ENGLISH.field("Jansen, Anna")).isEqualTo("\"Jansen, Anna\"");
        assertThat(ENGLISH.field("the \"best\" shop")).isEqualTo("\"the \"\"best\"\" shop\"");
    }

    @Test
    void aTextThatStartsLikeAFormulaCannotRunAsOne() {
        assertThat(List.of("=HYPERLINK(\"http://x\")", "+31 6 1234", "-1+1", "@SUM(A1)"))
            .allSatisfy(text -> assertThat(asRead(ENGLISH.field(text))).isEqualTo("'" + text))
            .allSatisfy(text -> assertThat(asRead(DUTCH.field(text))).isEqualTo("'" + text));
        assertThat(DUTCH.field("-2,25")).as("a number stays a number").isEqualTo("-2,25");
    }

    /** The field as the spreadsheet reads it: outer quotes off, doubled quotes single. */
    private static String asRead(String field) {
        return field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
    }
}
