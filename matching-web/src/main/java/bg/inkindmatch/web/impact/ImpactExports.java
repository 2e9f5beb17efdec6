package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.impact.ImpactTable.Cell;
import bg.inkindmatch.web.impact.ImpactTable.Row;
import bg.inkindmatch.web.system.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's tables as files: one CSV with the tables one after the other, and a
 * workbook with a sheet per table, numbers as numbers.
 */
@Component
class ImpactExports {

    /**
     * The tables as CSV: each one's caption, headings and lines, a blank line between.
     */
    byte[] csv(String title, List<ImpactTable> tables, Locale locale) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(title));
        for (ImpactTable table : tables) {
            lines.add(List.of());
            lines.add(List.of(table.caption()));
            lines.add(table.columns());
            table.rows().forEach(row -> lines.add(cells(row, locale)));
        }
        return Csv.file(lines, locale);
    }

    /** The tables as an XLSX workbook, a sheet for each. */
    byte[] xlsx(String title, List<ImpactTable> tables) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "InKind Match", "1.0")) {
            workbook.properties().setTitle(title);
            for (ImpactTable table : tables) {
                sheet(workbook.newWorksheet(table.id()), table);
            }
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return file.toByteArray();
    }

    private static void sheet(Worksheet sheet, ImpactTable table) {
        sheet.value(0, 0, table.caption());
        sheet.style(0, 0).bold().set();
        for (int column = 0; column < table.columns().size(); column++) {
            sheet.value(1, column, table.columns().get(column));
            sheet.style(1, column).bold().set();
        }
        for (int line = 0; line < table.rows().size(); line++) {
            Row row = table.rows().get(line);
            sheet.value(line + 2, 0, row.label());
            for (int column = 0; column < row.cells().size(); column++) {
                Cell cell = row.cells().get(column);
                if (cell.isNumber()) {
                    sheet.value(line + 2, column + 1, cell.number());
                }
                else {
                    sheet.value(line + 2, column + 1, cell.text());
                }
            }
        }
        sheet.width(0, 40);
    }

    private static List<String> cells(Row row, Locale locale) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        row.cells().forEach(cell -> cells.add(cell.isNumber() ? Csv.number(cell.number(), locale) : cell.text()));
        return cells;
    }

}
