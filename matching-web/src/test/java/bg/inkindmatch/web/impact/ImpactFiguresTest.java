package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.impact.ImpactFigures.Tally;
import bg.inkindmatch.web.impact.ImpactRows.MatchRow;
import bg.inkindmatch.web.impact.ImpactRows.NeedRow;
import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures, from rows worked out by hand.
 */
class ImpactFiguresTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private static final ImpactPeriod SPRING = new ImpactPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31));

    private static Instant day(int month, int day) {
        return LocalDate.of(2025, month, day).atTime(12, 0).atZone(SOFIA).toInstant();
    }

    private static NeedRow need(long id, long centre, String category, int total, long delivered, int postedDay,
            Integer proposalAfter, Integer handoverAfter) {
        Instant posted = day(3, postedDay);
        return new NeedRow(id, centre, category, total, delivered < total ? PostStatus.OPEN : PostStatus.EXHAUSTED,
                posted, proposalAfter == null ? null : posted.plus(Duration.ofDays(proposalAfter)),
                handoverAfter == null ? null : posted.plus(Duration.ofDays(handoverAfter)), delivered);
    }

    private static MatchRow match(long centre, String category, int units, MatchStatus status, DeclineReason reason,
            Instant proposed, Instant decided) {
        return new MatchRow(0, 100 + centre, centre, category, units, status, reason, proposed, decided);
    }

    @Test
    void countsNeedsByCoverageAndTakesTheMedianOfTheNeedsThatGotThere() {
        List<NeedRow> needs = List.of(need(1, 1, "consumables.food", 10, 10, 1, 2, 6),
                need(2, 2, "consumables.food", 10, 4, 2, 4, 10), need(3, 3, "equipment.it", 6, 0, 3, 1, null),
                need(4, 3, "equipment.it", 8, 0, 4, null, null));

        ImpactFigures figures = ImpactFigures.of(SPRING, needs, List.of(), SOFIA);

        assertThat(figures.coverage()).extracting(Tally::key, Tally::count, Tally::units)
            .containsExactly(tuple("full", 1L, 10L), tuple("partial", 1L, 10L), tuple("none", 2L, 14L));
        // to a proposal: 1, 2, 4 days -> 2; to a handover: 6, 10 -> 8
        assertThat(figures.timing().get(0).days()).isEqualTo(2.0);
        assertThat(figures.timing().get(1).days()).isEqualTo(8.0);
        assertThat(figures.timing().get(1).needs()).isEqualTo(2);
        // still wanted: 6 of food (one need), 6 + 8 of IT (two needs, one centre)
        assertThat(figures.unmet()).extracting(Tally::key, Tally::units, Tally::count, Tally::centres)
            .containsExactly(tuple("equipment.it", 14L, 2L, 1), tuple("consumables.food", 6L, 1L, 1));
    }

    @Test
    void countsHandoversInTheirMonthAndProposalsInThePeriodTheyWereMade() {
        List<MatchRow> matches = List.of(
                match(1, "consumables.food", 5, MatchStatus.DELIVERED, null, day(3, 2), day(3, 20)),
                match(2, "consumables.food", 7, MatchStatus.DELIVERED, null, day(3, 25), day(4, 2)),
                match(3, "equipment.it", 2, MatchStatus.DELIVERED, null, day(2, 20), day(5, 1)),
                match(1, "equipment.it", 4, MatchStatus.DELIVERED, null, day(5, 20), day(6, 2)),
                match(2, "consumables.food", 3, MatchStatus.DECLINED, DeclineReason.TOO_FAR, day(4, 1), day(4, 2)),
                match(3, "consumables.food", 3, MatchStatus.DECLINED, null, day(4, 1), day(4, 3)),
                match(3, "consumables.food", 3, MatchStatus.EXPIRED, null, day(4, 1), day(4, 8)),
                match(4, "consumables.food", 3, MatchStatus.PROPOSED, null, day(5, 30), null));

        ImpactFigures figures = ImpactFigures.of(SPRING, List.of(), matches, SOFIA);

        // handed over in the period: 5 + 7 + 2 (proposed in February); the one of June is
        // not
        assertThat(figures.delivered().units()).isEqualTo(14);
        assertThat(figures.delivered().count()).isEqualTo(3);
        assertThat(figures.byCategory()).extracting(Tally::key, Tally::units)
            .containsExactly(tuple("consumables.food", 12L), tuple("equipment.it", 2L));
        assertThat(figures.byMonth()).extracting(Tally::key, Tally::units)
            .containsExactly(tuple("2025-03", 5L), tuple("2025-04", 7L), tuple("2025-05", 2L));
        // made in the period: all but the February one
        assertThat(figures.proposals()).extracting(Tally::key, Tally::count)
            .containsExactly(tuple("made", 7L), tuple("accepted", 3L), tuple("declined", 2L), tuple("expired", 1L),
                    tuple("open", 1L));
        assertThat(figures.declines()).filteredOn(t -> t.count() > 0)
            .extracting(Tally::key)
            .containsExactly("TOO_FAR", "none");
        assertThat(figures.activeCentres()).isEqualTo(4);
        assertThat(figures.activeCompanies()).isEqualTo(4);
    }

    @Test
    void aPublicReaderSeesNoSmallCountAndNoLineOfOneOrTwoCentres() {
        assertThat(Disclosure.PUBLIC.blurs(4)).isTrue();
        assertThat(Disclosure.PUBLIC.blurs(5)).isFalse();
        assertThat(Disclosure.PUBLIC.blurs(0)).isFalse();
        assertThat(Disclosure.PUBLIC.withholds(new Tally("x", 400, 40, 2))).isTrue();
        assertThat(Disclosure.PUBLIC.withholds(new Tally("x", 400, 40, 3))).isFalse();
        assertThat(Disclosure.FULL.blurs(1)).isFalse();
        assertThat(Disclosure.FULL.withholds(new Tally("x", 1, 1, 1))).isFalse();
    }

}
