package bg.inkindmatch.core;

import bg.inkindmatch.core.allocation.AllocatedPair;
import bg.inkindmatch.core.allocation.Allocation;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.ranking.PostIndex;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Criterion;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.scoring.Reason;
import bg.inkindmatch.core.scoring.ScoreLine;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static bg.inkindmatch.core.Fixtures.BYALA;
import static bg.inkindmatch.core.Fixtures.PLACES;
import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static bg.inkindmatch.core.Fixtures.TODAY;
import static bg.inkindmatch.core.Fixtures.VARNA;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ruse scenario of the matching-core issue, as an acceptance test of ranking and
 * allocation.
 */
class RuseScenarioTest {

    private static final Organisation CHAMBER = company(1);

    private static final Organisation RETAILER = company(2);

    private static final Organisation PRINTER = company(3);

    private static final Organisation DYNAMIKA = centre(11);

    private static final Organisation BYALA_CENTRE = centre(12);

    private static final Organisation VARNA_CENTRE = centre(13);

    private static final Offer O1 = offer(1, CHAMBER, "Безплатен достъп до обучителната платформа на камарата",
            "training.platform-seat", 10, Unit.SEAT, Reach.COUNTRY, 90);

    private static final Offer O2 = offer(2, RETAILER, "Хигиенни пакети за жени и деца", "consumables.hygiene", 25,
            Unit.PACK, Reach.PROVINCE, 60);

    private static final Offer O3 = offer(3, PRINTER, "Канцеларски материали", "consumables.stationery", 40, Unit.SET,
            Reach.MUNICIPALITY, 30);

    private static final Need N1 = need(1, DYNAMIKA, "Достъп до онлайн обучения за клиентки", "training.platform-seat",
            4, Unit.SEAT, Urgency.NORMAL, 30, RUSE);

    private static final Need N2 = need(2, DYNAMIKA, "Хигиенни материали", "consumables.hygiene", 40, Unit.PACK,
            Urgency.HIGH, 14, RUSE);

    private static final Need N3 = need(3, BYALA_CENTRE, "Хигиенни материали за кризисен център", "consumables.hygiene",
            20, Unit.PACK, Urgency.CRITICAL, 7, BYALA);

    private static final Need N4 = need(4, VARNA_CENTRE, "Канцеларски материали за занимания с деца",
            "consumables.stationery", 10, Unit.SET, Urgency.NORMAL, 30, VARNA);

    private final MatchingEngine engine = MatchingEngine.standard();

    private final MatchingContext context = MatchingContext.on(TODAY);

    private static Offer offer(long id, Organisation company, String title, String category, int amount, Unit unit,
            Reach reach, int days) {
        return new Offer(id, company, title, "", TAXONOMY.require(category), Quantity.of(amount, unit), amount, TODAY,
                TODAY.plusDays(days), PLACES.requireMunicipality(RUSE), reach, Optional.empty(), PostStatus.OPEN);
    }

    private static Need need(long id, Organisation centre, String title, String category, int amount, Unit unit,
            Urgency urgency, int days, String handover) {
        return new Need(id, centre, title, "", TAXONOMY.require(category), Quantity.of(amount, unit), amount,
                TODAY.plusDays(days), urgency, PLACES.requireMunicipality(handover), PostStatus.OPEN);
    }

    private Allocation allocation() {
        return engine.allocate(List.of(O1, O2, O3), List.of(N1, N2, N3, N4), context);
    }

    @Test
    void theChamberGivesDynamikaItsFourSeats() {
        assertThat(allocation().units(1, 1)).isEqualTo(4);
    }

    @Test
    void theHygienePacksAreSplitAndTheCriticalNeedGetsNoSmallerShare() {
        Allocation allocation = allocation();
        int toDynamika = allocation.units(2, 2);
        int toByala = allocation.units(2, 3);

        assertThat(toDynamika).isPositive();
        assertThat(toByala).isPositive();
        assertThat(toDynamika + toByala).isEqualTo(25);
        assertThat((double) toByala / N3.remaining()).isGreaterThanOrEqualTo((double) toDynamika / N2.remaining());
    }

    @Test
    void theStationeryIsNotProposedOutsideItsReach() {
        Allocation allocation = allocation();

        assertThat(allocation.unitsFromOffer(3)).isZero();
        assertThat(allocation.unitsForNeed(4)).isZero();
        assertThat(engine.candidates(List.of(O3), List.of(N4), context)).isEmpty();
    }

    @Test
    void everyAllocationExplainsItself() {
        for (AllocatedPair pair : allocation().pairs()) {
            assertThat(pair.candidate().score().breakdown()).hasSize(Criterion.values().length);
            assertThat(pair.candidate().score().line(Criterion.CATEGORY).orElseThrow().reason())
                .isEqualTo(Reason.of("reason.category.same", pair.candidate().need().category().code()));
        }
        Candidate toByala = allocation().pairs()
            .stream()
            .filter(p -> p.needId() == 3)
            .findFirst()
            .orElseThrow()
            .candidate();
        assertThat(toByala.score().breakdown()).extracting(ScoreLine::reason)
            .contains(Reason.of("reason.urgency.critical"), Reason.of("reason.deadline.days", 7),
                    Reason.of("reason.distance.same-province", "RSE"), Reason.of("reason.quantity.full", 20));
    }

    @Test
    void rankingShowsTheCriticalNeedFirstAndCountsTheMatches() {
        PostIndex index = engine.newIndex();
        List.of(N1, N2, N3, N4).forEach(index::put);

        Ranking forPacks = engine.rankNeeds(O2, index, context, 3);
        Ranking forStationery = engine.rankNeeds(O3, index, context, 3);

        assertThat(forPacks.matchCount()).isEqualTo(2);
        assertThat(forPacks.top()).extracting(c -> c.need().id()).containsExactly(3L, 2L);
        assertThat(forStationery.matchCount()).isZero();
        assertThat(forStationery.top()).isEmpty();
    }

    @Test
    void rankingFindsTheOffersForANewNeed() {
        PostIndex index = engine.newIndex();
        List.of(O1, O2, O3).forEach(index::put);

        Ranking forSeats = engine.rankOffers(N1, index, context, 3);
        Ranking forVarna = engine.rankOffers(N4, index, context, 3);

        assertThat(forSeats.top()).extracting(c -> c.offer().id()).containsExactly(1L);
        assertThat(forVarna.matchCount()).isZero();
    }

}
