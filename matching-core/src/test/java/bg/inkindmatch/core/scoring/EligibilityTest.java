package bg.inkindmatch.core.scoring;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

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

class EligibilityTest {

    private final Eligibility eligibility = new Eligibility(TAXONOMY, PLACES, MatchingPolicy.DEFAULTS);

    private final Offer hygienePacks = offer(1, company(10), "Хигиенни пакети", "consumables.hygiene", 25, Unit.PACK,
            RUSE, Reach.PROVINCE);

    private final Need hygieneNeed = need(2, centre(20), "Хигиенни материали", "consumables.hygiene", 40, Unit.PACK,
            RUSE);

    @Test
    void aMatchingPairPassesEveryRule() {
        assertThat(eligibility.violations(hygienePacks, hygieneNeed, TODAY)).isEmpty();
        assertThat(eligibility.eligible(hygienePacks, hygieneNeed, TODAY)).isTrue();
    }

    @Test
    void categoriesMustBeCompatible() {
        Need food = need(2, centre(20), "Храна", "consumables.food", 40, Unit.PACK, RUSE);

        assertThat(eligibility.violations(hygienePacks, food, TODAY)).containsExactly(HardRule.CATEGORY_COMPATIBLE);
        assertThat(eligibility.eligible(hygienePacks, food, TODAY)).isFalse();
    }

    @Test
    void aBranchPostMeetsItsLeaves() {
        Need anyConsumables = need(2, centre(20), "Консумативи", "consumables", 40, Unit.PACK, RUSE);

        assertThat(eligibility.eligible(hygienePacks, anyConsumables, TODAY)).isTrue();
    }

    @Test
    void unitsAreNeverConverted() {
        Need pieces = need(2, centre(20), "Сапуни", "consumables.hygiene", 40, Unit.PCS, RUSE);

        assertThat(eligibility.violations(hygienePacks, pieces, TODAY)).containsExactly(HardRule.SAME_UNIT);
    }

    @Test
    void theOfferMustBeAvailableBeforeTheDeadline() {
        Offer later = new Offer(1, company(10), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(25, Unit.PACK), 25, TODAY.plusDays(31), TODAY.plusDays(60),
                PLACES.requireMunicipality(RUSE), Reach.PROVINCE, Optional.empty(), PostStatus.OPEN);
        Offer expired = new Offer(1, company(10), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(25, Unit.PACK), 25, TODAY.minusDays(30), TODAY.minusDays(1),
                PLACES.requireMunicipality(RUSE), Reach.PROVINCE, Optional.empty(), PostStatus.OPEN);
        Need overdue = new Need(2, centre(20), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(5, Unit.PACK), 5, TODAY.minusDays(1), hygieneNeed.urgency(), hygieneNeed.handover(),
                PostStatus.OPEN);
        Offer onTheDeadline = new Offer(1, company(10), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(25, Unit.PACK), 25, TODAY.plusDays(30), TODAY.plusDays(60),
                PLACES.requireMunicipality(RUSE), Reach.PROVINCE, Optional.empty(), PostStatus.OPEN);

        assertThat(eligibility.violations(later, hygieneNeed, TODAY)).containsExactly(HardRule.DATES_OVERLAP);
        assertThat(eligibility.violations(expired, hygieneNeed, TODAY)).containsExactly(HardRule.DATES_OVERLAP);
        assertThat(eligibility.violations(hygienePacks, overdue, TODAY)).containsExactly(HardRule.DATES_OVERLAP);
        assertThat(eligibility.eligible(onTheDeadline, hygieneNeed, TODAY)).isTrue();
    }

    @Test
    void theReachMustCoverTheHandoverPoint() {
        Need inByala = need(2, centre(20), "Пакети", "consumables.hygiene", 20, Unit.PACK, BYALA);
        Need inVarna = need(3, centre(21), "Пакети", "consumables.hygiene", 20, Unit.PACK, VARNA);
        Offer ownMunicipality = offer(1, company(10), "Пакети", "consumables.hygiene", 25, Unit.PACK, RUSE,
                Reach.MUNICIPALITY);
        Offer province = offer(1, company(10), "Пакети", "consumables.hygiene", 25, Unit.PACK, RUSE, Reach.PROVINCE);
        Offer country = offer(1, company(10), "Пакети", "consumables.hygiene", 25, Unit.PACK, SOFIA, Reach.COUNTRY);
        Offer pickup = offer(1, company(10), "Пакети", "consumables.hygiene", 25, Unit.PACK, RUSE, Reach.PICKUP);

        assertThat(eligibility.violations(ownMunicipality, inByala, TODAY)).containsExactly(HardRule.WITHIN_REACH);
        assertThat(eligibility.eligible(ownMunicipality, hygieneNeed, TODAY)).isTrue();
        assertThat(eligibility.eligible(province, inByala, TODAY)).isTrue();
        assertThat(eligibility.violations(province, inVarna, TODAY)).containsExactly(HardRule.WITHIN_REACH);
        assertThat(eligibility.eligible(country, inVarna, TODAY)).isTrue();
        assertThat(eligibility.eligible(pickup, inByala, TODAY)).as("Byala is about 46 km from Ruse").isTrue();
        assertThat(eligibility.violations(pickup, inVarna, TODAY)).containsExactly(HardRule.WITHIN_REACH);
        Eligibility shortPickup = new Eligibility(TAXONOMY, PLACES, new MatchingPolicy(ScoringWeights.DEFAULTS, 30));
        assertThat(shortPickup.violations(pickup, inByala, TODAY)).containsExactly(HardRule.WITHIN_REACH);
    }

    @Test
    void bothMustBeOpenWithSomethingRemaining() {
        assertThat(eligibility.violations(hygienePacks.withStatus(PostStatus.PAUSED), hygieneNeed, TODAY))
            .containsExactly(HardRule.BOTH_OPEN);
        assertThat(eligibility.violations(hygienePacks, hygieneNeed.withStatus(PostStatus.WITHDRAWN), TODAY))
            .containsExactly(HardRule.BOTH_OPEN);
        assertThat(eligibility.violations(hygienePacks.withRemaining(0), hygieneNeed, TODAY))
            .containsExactly(HardRule.BOTH_OPEN);
        assertThat(eligibility.eligible(hygienePacks, hygieneNeed.withRemaining(0), TODAY)).isFalse();
    }

    @Test
    void anOrganisationIsNeverMatchedWithItself() {
        Need own = need(2, new Organisation(10, OrganisationKind.CENTRE, true), "Пакети", "consumables.hygiene", 5,
                Unit.PACK, RUSE);

        assertThat(eligibility.violations(hygienePacks, own, TODAY)).containsExactly(HardRule.DIFFERENT_ORGANISATIONS);
    }

    @Test
    void bothOrganisationsMustBeApproved() {
        Need pending = need(2, new Organisation(20, OrganisationKind.CENTRE, false), "Пакети", "consumables.hygiene", 5,
                Unit.PACK, RUSE);

        assertThat(eligibility.violations(hygienePacks, pending, TODAY)).containsExactly(HardRule.BOTH_APPROVED);
        assertThat(eligibility.eligible(hygienePacks, pending, TODAY)).isFalse();
    }

}
