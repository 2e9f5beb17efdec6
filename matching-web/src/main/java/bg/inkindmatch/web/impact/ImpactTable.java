package bg.inkindmatch.web.impact;

import java.util.List;

/**
 * One table of a report, in the reader's language: the page shows it (with a chart when
 * it has one) and the exports write it.
 *
 * @param id a stable name (the anchor on the page, the sheet of the workbook)
 * @param caption what it shows
 * @param columns the column headings, the row label's first
 * @param rows the lines
 * @param charted whether a chart of its first number column goes beside it
 */
public record ImpactTable(String id, String caption, List<String> columns, List<Row> rows, boolean charted) {

    public ImpactTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A line of the table.
     *
     * @param label what the line is about
     * @param cells its values, one per column after the label
     */
    public record Row(String label, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

    }

    /**
     * A value: the number and how it reads, or only the text when the number is withheld.
     *
     * @param number the number, or null when it is withheld or there is none
     * @param text how it reads
     */
    public record Cell(Double number, String text) {

        /** Whether the number is shown as it is. */
        public boolean isNumber() {
            return number != null;
        }

    }

}
