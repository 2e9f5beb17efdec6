package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.system.ReportYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.util.Set;

/**
 * The dashboard's question: which days, and which of the coordinator's provinces (blank
 * for all of them).
 *
 * @param from the first day, or null for the first of this year
 * @param to the last day, or null for today
 * @param province a province code, or blank
 */
public record ImpactForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String province) {

    /** The first day a report may start: before it there was no activity. */
    static final LocalDate EARLIEST = LocalDate.of(ReportYear.FIRST, 1, 1);

    /**
     * The form with the days it leaves out filled in: from the first of the year to
     * today.
     */
    ImpactForm completed(LocalDate today) {
        return new ImpactForm(from == null ? today.withDayOfYear(1) : from, to == null ? today : to,
                province == null ? "" : province.trim());
    }

    /**
     * Rejects days outside the window (2020 to a year ahead), an end before the start and
     * a province the reader may not see; a completed form only.
     */
    void check(Errors errors, LocalDate today, Set<String> provinces) {
        LocalDate latest = today.plusYears(1);
        if (from.isBefore(EARLIEST) || from.isAfter(latest)) {
            errors.rejectValue("from", "impact.period.outside", new Object[] { EARLIEST, latest }, null);
        }
        if (to.isBefore(EARLIEST) || to.isAfter(latest)) {
            errors.rejectValue("to", "impact.period.outside", new Object[] { EARLIEST, latest }, null);
        }
        else if (to.isBefore(from)) {
            errors.rejectValue("to", "impact.period.order");
        }
        if (province.length() > 3 || !province.isEmpty() && !provinces.contains(province)) {
            errors.rejectValue("province", "impact.province.outside");
        }
    }

    /** The period asked for; a checked form only. */
    ImpactPeriod period() {
        return new ImpactPeriod(from, to);
    }

}
