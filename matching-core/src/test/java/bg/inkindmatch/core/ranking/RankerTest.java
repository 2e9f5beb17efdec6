package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.RandomMarket;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static bg.inkindmatch.core.Fixtures.BYALA;
import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.TODAY;
import static bg.inkindmatch.core.Fixtures.VARNA;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static bg.inkindmatch.core.Fixtures.need;
import static bg.inkindmatch.core.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RankerTest {

    private final MatchingEngine engine = MatchingEngine.standard();

    private final MatchingContext context = MatchingContext.on(TODAY);

    @Test
    void findsExactlyTheEligibleNeedsThatABruteForceScanFinds() {
        for (long seed = 1; seed <= 30; seed++) {
            var market = RandomMarket.generate(seed, 60, 80);
            PostIndex index = engine.newIndex();
            market.needs().forEach(index::put);
            for (Offer offer : market.offers()) {
                List<Long> bruteForce = market.needs()
                    .stream()
                    .filter(need -> engine.eligibility().eligible(offer, need, TODAY))
                    .sorted(Comparator
                        .<Need>comparingDouble(need -> -engine.scorer().score(offer, need, context).value())
                        .thenComparingLong(Need::id))
                    .map(Need::id)
                    .toList();

                Ranking ranking = engine.rankNeeds(offer, index, context, 5);

                assertThat(ranking.matchCount()).as("seed %d, offer %d", seed, offer.id()).isEqualTo(bruteForce.size());
                assertThat(ranking.top()).extracting(c -> c.need().id())
                    .containsExactlyElementsOf(bruteForce.subList(0, Math.min(5, bruteForce.size())));
            }
        }
    }

    @Test
    void findsExactlyTheEligibleOffersThatABruteForceScanFinds() {
        for (long seed = 1; seed <= 30; seed++) {
            var market = RandomMarket.generate(seed, 80, 60);
            PostIndex index = engine.newIndex();
            market.offers().forEach(index::put);
            for (Need need : market.needs()) {
                long bruteForce = market.offers()
                    .stream()
                    .filter(offer -> engine.eligibility().eligible(offer, need, TODAY))
                    .count();

                Ranking ranking = engine.rankOffers(need, index, context, 3);

                assertThat(ranking.matchCount()).as("seed %d, need %d", seed, need.id()).isEqualTo((int) bruteForce);
                assertThat(ranking.top()).extracting(Candidate::score)
                    .extracting(s -> s.value())
                    .isSortedAccordingTo(Comparator.reverseOrder());
            }
        }
    }

    @Test
    void anUpdatedPostIsFoundUnderItsNewCategoryAndPlaceOnly() {
        PostIndex index = engine.newIndex();
        Need hygieneInRuse = need(1, centre(20), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE);
        index.put(hygieneInRuse);
        Offer ruseOnly = offer(1, company(10), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE,
                Reach.MUNICIPALITY);
        assertThat(engine.rankNeeds(ruseOnly, index, context, 3).matchCount()).isEqualTo(1);

        index.put(need(1, centre(20), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, VARNA));

        assertThat(index.needCount()).isEqualTo(1);
        assertThat(engine.rankNeeds(ruseOnly, index, context, 3).matchCount()).isZero();
        Offer country = offer(2, company(10), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE,
                Reach.COUNTRY);
        assertThat(engine.rankNeeds(country, index, context, 3).top()).extracting(c -> c.need().handover().code())
            .containsExactly(VARNA);
    }

    @Test
    void aRemovedOrClosedPostIsNoLongerProposed() {
        PostIndex index = engine.newIndex();
        Offer packs = offer(1, company(10), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE,
                Reach.PICKUP);
        Offer more = offer(2, company(11), "Пакети", "consumables.hygiene", 10, Unit.PACK, RUSE, Reach.PROVINCE);
        index.put(packs);
        index.put(more);
        Need inByala = need(1, centre(20), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, BYALA);
        assertThat(engine.rankOffers(inByala, index, context, 3).matchCount()).isEqualTo(2);

        index.removeOffer(1);
        index.put(more.withStatus(PostStatus.WITHDRAWN));
        index.removeOffer(99);

        assertThat(index.offerCount()).isEqualTo(1);
        assertThat(engine.rankOffers(inByala, index, context, 3).matchCount()).isZero();
    }

    @Test
    void theBestComeFirstAndTiesGoToTheLowerId() {
        PostIndex index = engine.newIndex();
        for (long id = 5; id >= 1; id--) {
            index.put(need(id, centre(20 + id), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE));
        }
        Offer offer = offer(1, company(10), "Хигиенни пакети", "consumables.hygiene", 10, Unit.PACK, RUSE,
                Reach.COUNTRY);

        Ranking ranking = engine.rankNeeds(offer, index, context, 3);

        assertThat(ranking.matchCount()).isEqualTo(5);
        assertThat(ranking.top()).extracting(c -> c.need().id()).containsExactly(1L, 2L, 3L);
        assertThat(engine.rankNeeds(offer, index, context, 0).top()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> engine.rankNeeds(offer, index, context, -1))
            .withMessageContaining("k");
    }

}
