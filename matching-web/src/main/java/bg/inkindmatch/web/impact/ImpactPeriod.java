package bg.inkindmatch.web.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers, both included.
 *
 * @param from the first day
 * @param to the last day, not before the first
 */
public record ImpactPeriod(LocalDate from, LocalDate to) {

    public ImpactPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " - " + to);
        }
    }

    /** A calendar year. */
    public static ImpactPeriod year(int year) {
        return new ImpactPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The moment the period starts, in the zone of the partnership. */
    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The moment after the period's last day. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a moment falls in the period. */
    boolean contains(Instant moment, ZoneId zone) {
        return !moment.isBefore(start(zone)) && moment.isBefore(end(zone));
    }

    /** The months the period touches, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

}
