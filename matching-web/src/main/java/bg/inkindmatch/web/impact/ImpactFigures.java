package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.impact.ImpactRows.MatchRow;
import bg.inkindmatch.web.impact.ImpactRows.NeedRow;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the partnership achieved in a region and a period. Deliveries count in the month
 * they were handed over; proposals in the period they were made; needs in the period they
 * were posted, with everything they received up to the period's end.
 *
 * @param period the period
 * @param delivered units and matches handed over, in all
 * @param byCategory units and matches handed over, by category, most units first
 * @param byMonth units and matches handed over, by month of the period
 * @param coverage the needs posted, by how much of them was handed over
 * @param timing median days from a need's posting to its first proposal and first
 * handover
 * @param proposals the proposals made, by what became of them
 * @param declines the declined proposals, by the reason given
 * @param unmet the units still wanted of the needs posted, by category, the most first (5
 * at most)
 * @param activeCompanies companies with a proposal made or handed over in the period
 * @param activeCentres centres with a proposal made or handed over in the period
 * @param trained people trained in workplace trainings' sessions, by the sector of the
 * organisation that asked (units: people, count: sessions, "centres": the organisations
 * that gave them)
 */
public record ImpactFigures(ImpactPeriod period, Tally delivered, List<Tally> byCategory, List<Tally> byMonth,
        List<Tally> coverage, List<Median> timing, List<Tally> proposals, List<Tally> declines, List<Tally> unmet,
        long activeCompanies, long activeCentres, List<Tally> trained) {

    /** How many categories the list of unmet needs names. */
    static final int UNMET_CATEGORIES = 5;

    /**
     * A count, with the number of distinct centres behind it (a public report hides a
     * line that few centres make).
     *
     * @param key what is counted: a category code, a month, a state
     * @param units units
     * @param count matches, proposals or needs
     * @param centres distinct centres
     */
    public record Tally(String key, long units, long count, int centres) {
    }

    /**
     * A median number of days, over some needs.
     *
     * @param key what is measured
     * @param days the median, or NaN without needs
     * @param needs how many needs it is taken over
     */
    public record Median(String key, double days, int needs) {
    }

    /** The figures of the rows of a region and period, in the partnership's time zone. */
    static ImpactFigures of(ImpactPeriod period, List<NeedRow> needs, List<MatchRow> matches, ZoneId zone) {
        return of(period, needs, matches, List.of(), zone);
    }

    /**
     * The figures of the rows of a region and period, with its workplace trainings'
     * sessions.
     */
    static ImpactFigures of(ImpactPeriod period, List<NeedRow> needs, List<MatchRow> matches,
            List<ImpactRows.TrainedRow> trained, ZoneId zone) {
        List<MatchRow> handedOver = matches.stream()
            .filter(m -> m.status() == MatchStatus.DELIVERED && period.contains(m.decided(), zone))
            .toList();
        List<MatchRow> made = matches.stream().filter(m -> period.contains(m.proposed(), zone)).toList();
        return new ImpactFigures(period, tally("delivered", handedOver), byCategory(handedOver),
                byMonth(period, handedOver, zone), coverage(needs), timing(needs), proposals(made), declines(made),
                unmet(needs), distinct(Stream.concat(made.stream(), handedOver.stream()), MatchRow::company),
                distinct(Stream.concat(made.stream(), handedOver.stream()), MatchRow::centre), trained(trained));
    }

    private static List<Tally> trained(List<ImpactRows.TrainedRow> sessions) {
        return grouped(sessions, ImpactRows.TrainedRow::sector).entrySet()
            .stream()
            .map(group -> new Tally(group.getKey(),
                    group.getValue().stream().mapToLong(ImpactRows.TrainedRow::people).sum(), group.getValue().size(),
                    (int) distinct(group.getValue().stream(), ImpactRows.TrainedRow::provider)))
            .sorted(Comparator.comparingLong(Tally::units).reversed().thenComparing(Tally::key))
            .toList();
    }

    private static List<Tally> byCategory(List<MatchRow> handedOver) {
        return grouped(handedOver, MatchRow::category).entrySet()
            .stream()
            .map(group -> tally(group.getKey(), group.getValue()))
            .sorted(Comparator.comparingLong(Tally::units).reversed().thenComparing(Tally::key))
            .toList();
    }

    private static List<Tally> byMonth(ImpactPeriod period, List<MatchRow> handedOver, ZoneId zone) {
        Map<String, List<MatchRow>> byMonth = grouped(handedOver,
                m -> YearMonth.from(m.decided().atZone(zone)).toString());
        return period.months()
            .stream()
            .map(YearMonth::toString)
            .map(month -> tally(month, byMonth.getOrDefault(month, List.of())))
            .toList();
    }

    private static List<Tally> coverage(List<NeedRow> needs) {
        return List.of(needTally("full", needs, n -> n.delivered() >= n.total()),
                needTally("partial", needs, n -> n.delivered() > 0 && n.delivered() < n.total()),
                needTally("none", needs, n -> n.delivered() == 0));
    }

    private static List<Median> timing(List<NeedRow> needs) {
        return List.of(median("proposal", needs, NeedRow::firstProposed),
                median("handover", needs, NeedRow::firstDelivered));
    }

    private static List<Tally> proposals(List<MatchRow> made) {
        return List.of(tally("made", made),
                tally("accepted", only(made, m -> m.status().isAgreedByBoth() || m.status() == MatchStatus.CANCELLED)),
                tally("declined", only(made, MatchStatus.DECLINED)), tally("expired", only(made, MatchStatus.EXPIRED)),
                tally("open", only(made, MatchStatus.PROPOSED)));
    }

    private static List<Tally> declines(List<MatchRow> made) {
        List<MatchRow> declined = only(made, MatchStatus.DECLINED);
        List<Tally> reasons = new ArrayList<>();
        for (DeclineReason reason : DeclineReason.values()) {
            reasons.add(tally(reason.name(), only(declined, m -> m.declineReason() == reason)));
        }
        reasons.add(tally("none", only(declined, m -> m.declineReason() == null)));
        return reasons;
    }

    private static List<Tally> unmet(List<NeedRow> needs) {
        Map<String, List<NeedRow>> wanted = new LinkedHashMap<>();
        needs.stream()
            .filter(NeedRow::stillWanted)
            .filter(n -> n.delivered() < n.total())
            .forEach(n -> wanted.computeIfAbsent(n.category(), key -> new ArrayList<>()).add(n));
        return wanted.entrySet()
            .stream()
            .map(group -> new Tally(group.getKey(),
                    group.getValue().stream().mapToLong(n -> n.total() - n.delivered()).sum(), group.getValue().size(),
                    (int) distinct(group.getValue().stream(), NeedRow::centre)))
            .sorted(Comparator.comparingLong(Tally::units).reversed().thenComparing(Tally::key))
            .limit(UNMET_CATEGORIES)
            .toList();
    }

    private static Tally tally(String key, List<MatchRow> matches) {
        return new Tally(key, matches.stream().mapToLong(MatchRow::units).sum(), matches.size(),
                (int) distinct(matches.stream(), MatchRow::centre));
    }

    private static Tally needTally(String key, List<NeedRow> needs, Predicate<NeedRow> which) {
        List<NeedRow> chosen = needs.stream().filter(which).toList();
        return new Tally(key, chosen.stream().mapToLong(NeedRow::total).sum(), chosen.size(),
                (int) distinct(chosen.stream(), NeedRow::centre));
    }

    private static Median median(String key, List<NeedRow> needs, Function<NeedRow, Instant> until) {
        double[] days = needs.stream()
            .filter(n -> until.apply(n) != null)
            .mapToDouble(n -> Duration.between(n.posted(), until.apply(n)).toHours() / 24.0)
            .sorted()
            .toArray();
        if (days.length == 0) {
            return new Median(key, Double.NaN, 0);
        }
        int middle = days.length / 2;
        double median = days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return new Median(key, median, days.length);
    }

    private static List<MatchRow> only(List<MatchRow> matches, MatchStatus status) {
        return only(matches, m -> m.status() == status);
    }

    private static List<MatchRow> only(List<MatchRow> matches, Predicate<MatchRow> which) {
        return matches.stream().filter(which).toList();
    }

    private static <T> Map<String, List<T>> grouped(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    private static <T> long distinct(Stream<T> rows, Function<T, Long> organisation) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(organisation.apply(row)));
        return ids.size();
    }

}
