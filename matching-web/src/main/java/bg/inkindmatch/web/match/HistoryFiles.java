package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The history as files for a CSR report or a funder: CSV in the reader's language (with
 * {@code ;} and a byte order mark for Bulgarian Excel) and an XLSX workbook with real
 * dates and numbers. Both name the other side.
 */
@Component
class HistoryFiles {

    private static final List<String> COLUMNS = List.of("history.date", "post.status", "history.other-side",
            "match.offer", "match.need", "post.category", "match.units", "post.unit", "need.handover",
            "history.training");

    private final MessageSource messages;

    HistoryFiles(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(List<HistoryLines.Line> lines, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings(locale));
        lines.forEach(l -> rows.add(List.of(l.date(), l.status(), l.otherSide(), l.offer(), l.need(), l.category(),
                Integer.toString(l.units()), l.unit(), l.municipality(), l.training())));
        return Csv.file(rows, locale);
    }

    byte[] xlsx(List<HistoryLines.Line> lines, Locale locale) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "InKind Match", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("history.sheet", null, locale));
            List<String> headings = headings(locale);
            for (int column = 0; column < headings.size(); column++) {
                sheet.value(0, column, headings.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < lines.size(); row++) {
                write(sheet, row + 1, lines.get(row), locale);
            }
            sheet.width(0, 12);
            sheet.width(2, 30);
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return file.toByteArray();
    }

    private void write(Worksheet sheet, int row, HistoryLines.Line line, Locale locale) {
        sheet.value(row, 0, line.day());
        sheet.style(row, 0).format(messages.getMessage("format.date.spreadsheet", null, locale)).set();
        List<String> texts = List.of(line.status(), line.otherSide(), line.offer(), line.need(), line.category());
        for (int column = 0; column < texts.size(); column++) {
            sheet.value(row, column + 1, texts.get(column));
        }
        sheet.value(row, 6, line.units());
        sheet.value(row, 7, line.unit());
        sheet.value(row, 8, line.municipality());
        sheet.value(row, 9, line.training());
    }

    private List<String> headings(Locale locale) {
        return COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
    }

}
