package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.impact.ImpactFigures.Median;
import bg.inkindmatch.web.impact.ImpactFigures.Tally;
import bg.inkindmatch.web.impact.ImpactTable.Cell;
import bg.inkindmatch.web.impact.ImpactTable.Row;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures as tables in the reader's language, with what the reader may not see
 * withheld. The page, the public page and the exports all show these tables, so they
 * always agree.
 */
@Component
record ImpactTables(MessageSource messages, PostChoices choices) {

    /** The tables of the figures, for a reader with this disclosure. */
    List<ImpactTable> of(ImpactFigures figures, Disclosure disclosure, Locale locale) {
        Reader reader = new Reader(disclosure, locale);
        List<ImpactTable> tables = new ArrayList<>();
        tables.add(summary(figures, reader));
        tables.add(tallies("categories", true, figures.byCategory(), reader, key -> choices.categoryLabel(key, locale),
                "units", "matches"));
        tables.add(tallies("months", true, figures.byMonth(), reader, key -> month(key, locale), "units", "matches"));
        tables.add(tallies("coverage", true, figures.coverage(), reader, key -> text("impact.coverage." + key, locale),
                "needs", "units-asked"));
        tables.add(timing(figures.timing(), reader));
        tables.add(tallies("proposals", false, figures.proposals(), reader,
                key -> text("impact.proposals." + key, locale), "proposals", "units"));
        tables.add(tallies("declines", false, figures.declines(), reader, key -> declineReason(key, locale),
                "proposals", "units"));
        tables.add(tallies("unmet", false, figures.unmet(), reader, key -> choices.categoryLabel(key, locale),
                "units-wanted", "needs"));
        tables.add(tallies("trained", false, figures.trained(), reader, key -> text("organisation.kind." + key, locale),
                "units-people", "sessions"));
        return tables;
    }

    private ImpactTable summary(ImpactFigures figures, Reader reader) {
        Tally delivered = figures.delivered();
        boolean withheld = reader.disclosure().withholds(delivered);
        List<Row> rows = List.of(reader.line("impact.summary.units", withheld, delivered.units()),
                reader.line("impact.summary.matches", withheld, delivered.count()),
                reader.line("impact.summary.companies", false, figures.activeCompanies()),
                reader.line("impact.summary.centres", false, figures.activeCentres()),
                reader.line("impact.summary.trained", false, figures.trained().stream().mapToLong(Tally::units).sum()));
        return new ImpactTable("summary", reader.text("impact.table.summary"),
                List.of(reader.text("impact.column.figure"), reader.text("impact.column.value")), rows, false);
    }

    private ImpactTable tallies(String id, boolean charted, List<Tally> tallies, Reader reader,
            Function<String, String> label, String countColumn, String secondColumn) {
        boolean unitsFirst = countColumn.startsWith("units");
        // a line of one or two centres is left out, label and all: even its name could
        // tell
        List<Row> rows = tallies.stream().filter(tally -> !reader.disclosure().withholds(tally)).map(tally -> {
            long first = unitsFirst ? tally.units() : tally.count();
            long second = unitsFirst ? tally.count() : tally.units();
            return new Row(label.apply(tally.key()), List.of(reader.count(first, false), reader.count(second, false)));
        }).toList();
        return new ImpactTable(
                id, reader.text("impact.table." + id), List.of(reader.text("impact.column.label." + id),
                        reader.text("impact.column." + countColumn), reader.text("impact.column." + secondColumn)),
                rows, charted);
    }

    private ImpactTable timing(List<Median> medians, Reader reader) {
        List<Row> rows = medians.stream()
            .map(median -> new Row(reader.text("impact.timing." + median.key()),
                    List.of(reader.days(median), reader.count(median.needs(), false))))
            .toList();
        return new ImpactTable("timing", reader.text("impact.table.timing"),
                List.of(reader.text("impact.column.label.timing"), reader.text("impact.column.days"),
                        reader.text("impact.column.needs")),
                rows, false);
    }

    private String month(String key, Locale locale) {
        return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    private String declineReason(String key, Locale locale) {
        return text(key.equals("none") ? "impact.declines.none" : "match.decline.reason." + key, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** What one reader sees: the disclosure, numbers in the reader's language. */
    private final class Reader {

        private final Disclosure disclosure;

        private final Locale locale;

        private final NumberFormat whole;

        private final NumberFormat oneDecimal;

        Reader(Disclosure disclosure, Locale locale) {
            this.disclosure = disclosure;
            this.locale = locale;
            this.whole = NumberFormat.getIntegerInstance(locale);
            this.oneDecimal = NumberFormat.getNumberInstance(locale);
            this.oneDecimal.setMaximumFractionDigits(1);
            this.oneDecimal.setMinimumFractionDigits(1);
        }

        Disclosure disclosure() {
            return disclosure;
        }

        String text(String key) {
            return ImpactTables.this.text(key, locale);
        }

        Row line(String key, boolean withheld, long value) {
            return new Row(text(key), List.of(count(value, withheld)));
        }

        Cell count(long value, boolean withheld) {
            if (withheld) {
                return new Cell(null, text("impact.withheld"));
            }
            if (disclosure.blurs(value)) {
                return new Cell(null, text("impact.below-five"));
            }
            return new Cell((double) value, whole.format(value));
        }

        Cell days(Median median) {
            if (disclosure.withholds(median)) {
                return new Cell(null, text("impact.withheld"));
            }
            if (median.needs() == 0) {
                return new Cell(null, text("impact.no-data"));
            }
            return new Cell(median.days(), oneDecimal.format(median.days()));
        }

    }

}
