package bg.inkindmatch.core.post;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static bg.inkindmatch.core.Fixtures.PLACES;
import static bg.inkindmatch.core.Fixtures.RUSE;
import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static bg.inkindmatch.core.Fixtures.TODAY;
import static bg.inkindmatch.core.Fixtures.centre;
import static bg.inkindmatch.core.Fixtures.company;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PostValidationTest {

    private Offer offer(String title, String description, String category, Quantity total, int remaining) {
        return new Offer(1, company(1), title, description, TAXONOMY.require(category), total, remaining, TODAY,
                TODAY.plusDays(10), PLACES.requireMunicipality(RUSE), Reach.PROVINCE, Optional.empty(),
                PostStatus.OPEN);
    }

    @Test
    void acceptsAWellFormedOfferAndNeed() {
        Offer offer = offer("Хигиенни пакети", "За жени и деца", "consumables.hygiene", Quantity.of(25, Unit.PACK), 25);
        Need need = new Need(2, centre(2), "Хигиенни материали", "", TAXONOMY.require("consumables.hygiene"),
                Quantity.of(40, Unit.PACK), 40, TODAY.plusDays(14), Urgency.HIGH, PLACES.requireMunicipality(RUSE),
                PostStatus.OPEN);

        assertThat(offer.isMatchable()).isTrue();
        assertThat(need.isMatchable()).isTrue();
        assertThat(offer.withRemaining(0).isMatchable()).isFalse();
        assertThat(need.withStatus(PostStatus.PAUSED).isMatchable()).isFalse();
    }

    @Test
    void refusesABlankOrOverlongTitle() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("  ", "", "consumables.hygiene", Quantity.of(1, Unit.PACK), 1))
            .withMessageContaining("title");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("x".repeat(121), "", "consumables.hygiene", Quantity.of(1, Unit.PACK), 1))
            .withMessageContaining("title");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("Пакети", "x".repeat(4001), "consumables.hygiene", Quantity.of(1, Unit.PACK), 1))
            .withMessageContaining("description");
    }

    @Test
    void refusesAUnitThatDoesNotFitTheCategory() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("Места", "", "training.platform-seat", Quantity.of(10, Unit.KG), 10))
            .withMessageContaining("unit kg");
    }

    @Test
    void refusesARemainingQuantityOutsideTheTotal() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("Пакети", "", "consumables.hygiene", Quantity.of(5, Unit.PACK), 6))
            .withMessageContaining("remaining");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> offer("Пакети", "", "consumables.hygiene", Quantity.of(5, Unit.PACK), -1))
            .withMessageContaining("remaining");
    }

    @Test
    void refusesAnAvailabilityWindowThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Offer(1, company(1), "Пакети", "", TAXONOMY.require("consumables.hygiene"),
                    Quantity.of(5, Unit.PACK), 5, TODAY, TODAY.minusDays(1), PLACES.requireMunicipality(RUSE),
                    Reach.PROVINCE, Optional.empty(), PostStatus.OPEN))
            .withMessageContaining("availableUntil");
    }

    @Test
    void namesTheMissingField() {
        assertThatNullPointerException()
            .isThrownBy(() -> new Need(2, centre(2), "Нужда", "", TAXONOMY.require("consumables.hygiene"),
                    Quantity.of(4, Unit.PACK), 4, null, Urgency.HIGH, PLACES.requireMunicipality(RUSE),
                    PostStatus.OPEN))
            .withMessage("neededBy");
        assertThatNullPointerException()
            .isThrownBy(() -> new Need(2, centre(2), "Нужда", "", TAXONOMY.require("consumables.hygiene"),
                    Quantity.of(4, Unit.PACK), 4, TODAY, Urgency.HIGH, null, PostStatus.OPEN))
            .withMessage("handover");
    }

}
