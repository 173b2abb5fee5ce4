package org.loyaldesk.insight;

import java.time.Instant;
import java.time.LocalDate;
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

    /** @param labels along the x axis (or around a doughnut): names, words or days, formatted like table cells
     *  @param note    a line under the chart that says what is not drawn and why, or null */
    public record Chart(String type, List<Cell> labels, List<Series> series, Phrase note) {

        public Chart(String type, List<Cell> labels, List<Series> series) {
            this(type, labels, series, null);
        }

        /** A chart whose labels are names (agents, risk bands) shown as they are. */
        public static Chart named(String type, List<String> names, List<Series> series) {
            return new Chart(type, names.stream().map(Cell::text).toList(), series);
        }

        /** A chart whose labels are message keys, shown in the viewer's language. */
        public static Chart keyed(String type, List<String> keys, List<Series> series) {
            return new Chart(type, keys.stream().map(Cell::key).toList(), series);
        }
    }

    /** A text in the viewer's language: a message key and its arguments (numbers are formatted in that language). */
    public record Phrase(String key, List<Object> args) {

        public static Phrase of(String key, Object... args) {
            return new Phrase(key, List.of(args));
        }
    }

    /**
     * One table cell: a name as it is, phrases in the viewer's language (several joined with commas), a number
     * a moment or a day, formatted for the viewer or the spreadsheet by the web layer.
     */
    public record Cell(String text, List<Phrase> phrases, Double number, Instant at, LocalDate day, String href) {

        public static Cell text(String text) {
            return new Cell(text, List.of(), null, null, null, null);
        }

        public static Cell key(String key) {
            return phrases(List.of(Phrase.of(key)));
        }

        /** A code shown as its word, e.g. {@code channel.} and {@code email}; nothing when there is no code. */
        public static Cell code(String prefix, String code) {
            return code == null ? text(null) : key(prefix + code);
        }

        /** Several texts in one cell (a customer's churn reasons), shown joined with commas. */
        public static Cell phrases(List<Phrase> phrases) {
            return new Cell(null, List.copyOf(phrases), null, null, null, null);
        }

        public static Cell number(Double number) {
            return new Cell(null, List.of(), number, null, null, null);
        }

        public static Cell at(Instant at) {
            return new Cell(null, List.of(), null, at, null, null);
        }

        public static Cell day(LocalDate day) {
            return new Cell(null, List.of(), null, null, day, null);
        }

        public Cell linked(String href) {
            return new Cell(text, phrases, number, at, day, href);
        }
    }

    /**
     * @param columns      message keys of the column headers; {@code shown} rows are on the page, all are in the export
     * @param columnsShown the first columns are on the page, the others only in the export (a table a lead can read
     *                     without scrolling sideways)
     */
    public record Table(String key, List<String> columns, List<List<Cell>> rows, int shown, int columnsShown) {

        public Table(String key, List<String> columns, List<List<Cell>> rows, int shown) {
            this(key, columns, rows, shown, columns.size());
        }

        /** The headers of the columns that are only in the export. */
        public List<String> exportOnly() {
            return columns.subList(Math.min(columnsShown, columns.size()), columns.size());
        }
    }

    public Optional<Table> table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }
}
