package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.Criterion;
import bg.inkindmatch.core.scoring.Reason;
import bg.inkindmatch.core.scoring.Score;
import bg.inkindmatch.core.scoring.ScoreLine;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static bg.inkindmatch.core.Fixtures.need;
import static bg.inkindmatch.core.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The canonical order that makes the same candidates always give the same network. */
class OrderedCandidatesTest {

    private static Offer packs(long id) {
        return offer(id, company(100 + id), "Пакети", "consumables.hygiene", 10, Unit.PACK, RUSE, Reach.COUNTRY);
    }

    private static Need needOf(long id) {
        return need(id, centre(20 + id % 3), "Пакети", "consumables.hygiene", 10, Unit.PACK, RUSE);
    }

    private static Candidate pair(Offer offer, Need need) {
        return new Candidate(offer, need, new Score(0.5,
                List.of(new ScoreLine(Criterion.CATEGORY, 1, 0.5, Reason.of("reason.category.same", "x")))));
    }

    @Test
    void candidatesInAnyOrderComeOutByOfferThenNeedWithEachNeedPlacedOnce() {
        List<Candidate> candidates = new ArrayList<>();
        for (long o = 1; o <= 30; o++) {
            for (long n = 40; n >= 1; n -= 1 + o % 4) {
                // equal but distinct objects for the same need, as from two reads of one
                // row
                candidates.add(pair(packs(o), needOf(n)));
            }
        }
        List<Candidate> expected = candidates.stream()
            .sorted((a, b) -> a.offer().id() != b.offer().id() ? Long.compare(a.offer().id(), b.offer().id())
                    : Long.compare(a.need().id(), b.need().id()))
            .toList();
        for (long seed = 0; seed < 5; seed++) {
            List<Candidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(seed));

            OrderedCandidates ordered = OrderedCandidates.of(shuffled);

            assertThat(ordered.list()).containsExactlyElementsOf(expected);
            assertThat(ordered.needs()).extracting(Need::id).isSorted().doesNotHaveDuplicates();
            for (int i = 0; i < ordered.list().size(); i++) {
                assertThat(ordered.needs()[ordered.needOf()[i]].id()).isEqualTo(ordered.list().get(i).need().id());
            }
        }
    }

    @Test
    void refusesAPairTwiceAndAPostWithTwoContents() {
        Offer offer = packs(1);
        Need need = needOf(1);

        assertThatIllegalArgumentException()
            .isThrownBy(() -> OrderedCandidates.of(List.of(pair(offer, need), pair(packs(1), needOf(1)))))
            .withMessageContaining("repeats: offer 1, need 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> OrderedCandidates.of(List.of(pair(offer, need), pair(packs(2), need.withRemaining(4)))))
            .withMessageContaining("need 1 appears with different contents");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> OrderedCandidates.of(List.of(pair(offer, need), pair(offer.withRemaining(3), needOf(2)))))
            .withMessageContaining("offer 1 appears with different contents");
    }

}
