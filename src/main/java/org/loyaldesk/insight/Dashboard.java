package org.loyaldesk.insight;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dashboard shows: key figures, charts and tables. Texts are message keys, resolved in the
 * viewer's language by the page, the chart data endpoint and the CSV export alike.
 */
public record Dashboard(List<Kpi> kpis, Map<String, Chart> charts, List<Table> tables) {

    /** @param format how to show the value: decimal, percent, money or count */
    public record Kpi(String key, Double value, String format, long basis) {
    }

    /** @param axis which y axis a series belongs to: "y" or "y2" */
    public record Series(String key, List<Double> data, String axis) {
    }

    /** @param labelsAreKeys the labels are message keys to translate, not names */
    public record Chart(String type, List<String> labels, boolean labelsAreKeys, List<Series> series) {
    }

    /** @param key a message key to show instead of {@code text}, or null */
    public record Cell(String text, String key, Double number, String href) {

        public static Cell text(String text) {
            return new Cell(text, null, null, null);
        }

        public static Cell key(String key) {
            return new Cell(null, key, null, null);
        }

        /** Several texts in one cell, each a message key (a customer's churn reasons); shown joined with commas. */
        public static Cell keys(List<String> keys) {
            return new Cell(null, String.join(",", keys), null, null);
        }

        /** The message keys of this cell: one, or several for a list. */
        public List<String> keys() {
            return key == null || key.isEmpty() ? List.of() : List.of(key.split(","));
        }

        public static Cell number(Double number) {
            return new Cell(null, null, number, null);
        }

        public Cell linked(String href) {
            return new Cell(text, key, number, href);
        }
    }

    /** @param columns message keys of the column headers; {@code shown} rows are on the page, all are in the export */
    public record Table(String key, List<String> columns, List<List<Cell>> rows, int shown) {
    }

    public Optional<Table> table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }
}
