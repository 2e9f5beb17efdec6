package bg.inkindmatch.core.scoring;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.core.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static bg.inkindmatch.core.Fixtures.BYALA;
import static bg.inkindmatch.core.Fixtures.PLACES;
import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.SOFIA;
import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static bg.inkindmatch.core.Fixtures.TODAY;
import static bg.inkindmatch.core.Fixtures.VARNA;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static bg.inkindmatch.core.Fixtures.need;
import static bg.inkindmatch.core.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ScorerTest {

    private final Scorer scorer = new Scorer(TAXONOMY, PLACES, new TextAnalyzer(), MatchingPolicy.DEFAULTS);

    private final MatchingContext today = MatchingContext.on(TODAY);

    private final Offer packs = offer(1, company(10), "Хигиенни пакети", "consumables.hygiene", 25, Unit.PACK, RUSE,
            Reach.COUNTRY);

    private final Need packsNeeded = need(2, centre(20), "Хигиенни пакети", "consumables.hygiene", 40, Unit.PACK, RUSE);

    private ScoreLine line(Score score, Criterion criterion) {
        return score.line(criterion).orElseThrow();
    }

    @Test
    void aScoreIsTheWeightedSumOfItsBreakdown() {
        Score score = scorer.score(packs, packsNeeded, today);

        assertThat(score.breakdown()).extracting(ScoreLine::criterion).containsExactly(Criterion.values());
        assertThat(score.breakdown().stream().mapToDouble(ScoreLine::weight).sum()).isCloseTo(1, within(1e-12));
        assertThat(score.value())
            .isCloseTo(score.breakdown().stream().mapToDouble(ScoreLine::contribution).sum(), within(1e-12))
            .isBetween(0.0, 1.0);
        assertThat(scorer.value(packs, scorer.profile(packs.title(), packs.description()), packsNeeded,
                scorer.profile(packsNeeded.title(), packsNeeded.description()), today))
            .isEqualTo(score.value());
    }

    @Test
    void sameLeafScoresHigherThanSameBranch() {
        Need anyConsumables = need(2, centre(20), "Хигиенни пакети", "consumables", 40, Unit.PACK, RUSE);

        ScoreLine same = line(scorer.score(packs, packsNeeded, today), Criterion.CATEGORY);
        ScoreLine branch = line(scorer.score(packs, anyConsumables, today), Criterion.CATEGORY);

        assertThat(same.value()).isEqualTo(1.0);
        assertThat(same.reason()).isEqualTo(Reason.of("reason.category.same", "consumables.hygiene"));
        assertThat(branch.value()).isEqualTo(0.6);
        assertThat(branch.reason().key()).isEqualTo("reason.category.branch");
    }

    @Test
    void similarWordsScoreHigherThanDifferentOnes() {
        Need differentWords = need(2, centre(20), "Шампоан и сапун", "consumables.hygiene", 40, Unit.PACK, RUSE);

        ScoreLine similar = line(scorer.score(packs, packsNeeded, today), Criterion.TEXT);
        ScoreLine different = line(scorer.score(packs, differentWords, today), Criterion.TEXT);

        assertThat(similar.value()).isEqualTo(1.0);
        assertThat(similar.reason()).isEqualTo(Reason.of("reason.text.similar", 100));
        assertThat(different.value()).isZero();
        assertThat(different.reason().key()).isEqualTo("reason.text.different");
    }

    @Test
    void quantityFitIsTheShareOfTheNeedCovered() {
        Need small = need(2, centre(20), "Пакети", "consumables.hygiene", 20, Unit.PACK, RUSE);

        ScoreLine partial = line(scorer.score(packs.withRemaining(20), packsNeeded.withRemaining(25), today),
                Criterion.QUANTITY);
        ScoreLine full = line(scorer.score(packs, small, today), Criterion.QUANTITY);

        assertThat(partial.value()).isEqualTo(0.8);
        assertThat(partial.reason()).isEqualTo(Reason.of("reason.quantity.partial", 80, 20));
        assertThat(full.value()).isEqualTo(1.0);
        assertThat(full.reason()).isEqualTo(Reason.of("reason.quantity.full", 20));
    }

    @Test
    void nearerIsBetter() {
        double sameMunicipality = line(scorer.score(packs, packsNeeded, today), Criterion.DISTANCE).value();
        Score toByala = scorer.score(packs, need(2, centre(20), "Пакети", "consumables.hygiene", 40, Unit.PACK, BYALA),
                today);
        Score toVarna = scorer.score(packs, need(2, centre(20), "Пакети", "consumables.hygiene", 40, Unit.PACK, VARNA),
                today);
        Score toSofia = scorer.score(packs, need(2, centre(20), "Пакети", "consumables.hygiene", 40, Unit.PACK, SOFIA),
                today);

        assertThat(sameMunicipality).isEqualTo(1.0);
        assertThat(line(toByala, Criterion.DISTANCE).value()).isEqualTo(0.75);
        assertThat(line(toByala, Criterion.DISTANCE).reason())
            .isEqualTo(Reason.of("reason.distance.same-province", "RSE"));
        assertThat(line(toVarna, Criterion.DISTANCE).value()).isLessThan(0.75)
            .isGreaterThan(line(toSofia, Criterion.DISTANCE).value());
        assertThat(line(toVarna, Criterion.DISTANCE).reason()).isEqualTo(Reason.of("reason.distance.km", 172));
        assertThat(line(scorer.score(packs, packsNeeded, today), Criterion.DISTANCE).reason())
            .isEqualTo(Reason.of("reason.distance.same-municipality", RUSE));
    }

    private Need needWith(Urgency urgency, LocalDate neededBy) {
        return new Need(2, centre(20), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(40, Unit.PACK), 40, neededBy, urgency, PLACES.requireMunicipality(RUSE), PostStatus.OPEN);
    }

    @Test
    void urgencyAndASoonerDeadlineRaiseTheScore() {
        Score critical = scorer.score(packs, needWith(Urgency.CRITICAL, TODAY.plusDays(5)), today);
        Score low = scorer.score(packs, needWith(Urgency.LOW, TODAY.plusDays(90)), today);
        Score halfway = scorer.score(packs, needWith(Urgency.NORMAL, TODAY.plusDays(33)), today);

        assertThat(line(critical, Criterion.URGENCY).value()).isEqualTo(1.0);
        assertThat(line(critical, Criterion.URGENCY).reason().key()).isEqualTo("reason.urgency.critical");
        assertThat(line(low, Criterion.URGENCY).value()).isEqualTo(0.25);
        assertThat(line(critical, Criterion.DEADLINE).value()).isEqualTo(1.0);
        assertThat(line(critical, Criterion.DEADLINE).reason()).isEqualTo(Reason.of("reason.deadline.days", 5));
        assertThat(line(low, Criterion.DEADLINE).value()).isZero();
        assertThat(line(halfway, Criterion.DEADLINE).value()).isCloseTo(27.0 / 53, within(1e-12));
        assertThat(critical.value()).isGreaterThan(low.value());
    }

    @Test
    void anOfferAboutToExpireIsPreferred() {
        Offer expiring = new Offer(1, company(10), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(25, Unit.PACK), 25, TODAY, TODAY.plusDays(3), PLACES.requireMunicipality(RUSE),
                Reach.COUNTRY, Optional.empty(), PostStatus.OPEN);

        ScoreLine soon = line(scorer.score(expiring, packsNeeded, today), Criterion.EXPIRY);
        ScoreLine later = line(scorer.score(packs, packsNeeded, today), Criterion.EXPIRY);

        assertThat(soon.value()).isEqualTo(1.0);
        assertThat(soon.reason()).isEqualTo(Reason.of("reason.expiry.days", 3));
        assertThat(later.value()).isCloseTo(30.0 / 83, within(1e-12));
    }

    @Test
    void aCentreThatReceivedLittleRecentlyIsPreferred() {
        MatchingContext busy = new MatchingContext(TODAY, Map.of(20L, 3));

        ScoreLine none = line(scorer.score(packs, packsNeeded, today), Criterion.FAIRNESS);
        ScoreLine three = line(scorer.score(packs, packsNeeded, busy), Criterion.FAIRNESS);

        assertThat(none.value()).isEqualTo(1.0);
        assertThat(none.reason().key()).isEqualTo("reason.fairness.none");
        assertThat(three.value()).isEqualTo(0.25);
        assertThat(three.reason()).isEqualTo(Reason.of("reason.fairness.recent", 3));
    }

    @Test
    void weightsAreConfigurable() {
        ScoringWeights onlyDistance = new ScoringWeights(0, 0, 0, 2, 0, 0, 0, 0);
        Scorer byDistance = new Scorer(TAXONOMY, PLACES, new TextAnalyzer(), new MatchingPolicy(onlyDistance, 50));

        Score score = byDistance.score(packs,
                need(2, centre(20), "Пакети", "consumables.hygiene", 40, Unit.PACK, BYALA), today);

        assertThat(score.value()).isEqualTo(0.75);
        assertThat(score.strongestReasons(3)).extracting(ScoreLine::criterion).containsExactly(Criterion.DISTANCE);
    }

    @Test
    void refusesBadWeightsAndContexts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringWeights(-1, 0, 0, 0, 0, 0, 0, 0))
            .withMessageContaining("category");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringWeights(0, 0, 0, 0, 0, 0, 0, Double.NaN))
            .withMessageContaining("fairness");
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringWeights(0, 0, 0, 0, 0, 0, 0, 0))
            .withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new MatchingPolicy(ScoringWeights.DEFAULTS, -5))
            .withMessageContaining("pickupRadiusKm");
        assertThatIllegalArgumentException().isThrownBy(() -> new MatchingContext(TODAY, Map.of(1L, -1)))
            .withMessageContaining("recentReceipts");
        assertThatIllegalArgumentException().isThrownBy(() -> new Score(1.5, List.of())).withMessageContaining("value");
    }

}
