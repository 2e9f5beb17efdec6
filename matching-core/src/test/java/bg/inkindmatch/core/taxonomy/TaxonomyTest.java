package bg.inkindmatch.core.taxonomy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaxonomyTest {

    @Test
    void holdsTheFirstVersionOfTheTaxonomyWithBothLanguages() {
        assertThat(TAXONOMY.categories()).extracting(Category::code)
            .contains("training", "training.platform-seat", "training.course", "training.mentoring",
                    "consumables.hygiene", "consumables.food", "consumables.children", "consumables.stationery",
                    "consumables.cleaning", "consumables.clothing", "consumables.medical", "equipment.furniture",
                    "equipment.it", "equipment.appliances", "services.legal", "services.psychological",
                    "services.transport", "services.repair", "services.accounting", "employment.job",
                    "employment.internship", "employment.vocational", "venue.room");
        Category hygiene = TAXONOMY.require("consumables.hygiene");
        assertThat(hygiene.label("bg")).isEqualTo("Хигиенни продукти");
        assertThat(hygiene.label("en")).isEqualTo("Hygiene products");
        assertThat(hygiene.branchCode()).isEqualTo("consumables");
        assertThat(hygiene.allows(Unit.PACK)).isTrue();
        assertThat(hygiene.allows(Unit.SEAT)).isFalse();
        assertThat(TAXONOMY.require("training.platform-seat").units()).containsExactly(Unit.SEAT);
    }

    @Test
    void workplaceTrainingsGoToWorkplacesAndEverythingElseToCentres() {
        assertThat(TAXONOMY.require("workplace").flow()).isEqualTo(Flow.TO_WORKPLACES);
        assertThat(TAXONOMY.require("workplace.violence-awareness").flow()).isEqualTo(Flow.TO_WORKPLACES);
        assertThat(TAXONOMY.require("workplace.violence-awareness").label("en"))
            .isEqualTo("Training on the forms of violence and their cost");
        assertThat(TAXONOMY.categories()).filteredOn(category -> !category.code().startsWith("workplace"))
            .allMatch(category -> category.flow() == Flow.TO_CENTRES);
    }

    @Test
    void sameLeafIsCloserThanSameBranch() {
        Category hygiene = TAXONOMY.require("consumables.hygiene");
        Category consumables = TAXONOMY.require("consumables");

        assertThat(TAXONOMY.closeness(hygiene, hygiene)).isEqualTo(CategoryCloseness.SAME);
        assertThat(TAXONOMY.closeness(consumables, hygiene)).isEqualTo(CategoryCloseness.SAME_BRANCH);
        assertThat(TAXONOMY.closeness(hygiene, consumables)).isEqualTo(CategoryCloseness.SAME_BRANCH);
        assertThat(CategoryCloseness.SAME.value()).isGreaterThan(CategoryCloseness.SAME_BRANCH.value());
    }

    @Test
    void siblingLeavesMeetOnlyWhenDeclaredRelated() {
        Category hygiene = TAXONOMY.require("consumables.hygiene");

        assertThat(TAXONOMY.closeness(hygiene, TAXONOMY.require("consumables.food")))
            .isEqualTo(CategoryCloseness.UNRELATED);
        assertThat(TAXONOMY.closeness(hygiene, TAXONOMY.require("consumables.cleaning")))
            .isEqualTo(CategoryCloseness.SAME_BRANCH);
        assertThat(TAXONOMY.closeness(TAXONOMY.require("employment.vocational"), TAXONOMY.require("training.course")))
            .isEqualTo(CategoryCloseness.RELATED);
        assertThat(TAXONOMY.closeness(TAXONOMY.require("training.course"), TAXONOMY.require("employment.vocational")))
            .isEqualTo(CategoryCloseness.RELATED);
    }

    @Test
    void compatibleCategoriesIncludeTheBranchAndTheRelated() {
        assertThat(TAXONOMY.compatibleWith(TAXONOMY.require("training.course"))).extracting(Category::code)
            .containsExactlyInAnyOrder("training", "training.course", "employment.vocational");
    }

    @Test
    void familiesSplitTheCategoriesSoThatCompatibleOnesShareOne() {
        List<List<Category>> families = TAXONOMY.families();

        assertThat(families.stream().mapToInt(List::size).sum()).isEqualTo(TAXONOMY.categories().size());
        for (Category category : TAXONOMY.categories()) {
            assertThat(families).filteredOn(family -> family.contains(category)).hasSize(1);
            assertThat(TAXONOMY.familyOf(category)).containsAll(TAXONOMY.compatibleWith(category));
        }
        // a course meets vocational training, so jobs share the trainings' family
        assertThat(TAXONOMY.familyOf(TAXONOMY.require("employment.job")))
            .contains(TAXONOMY.require("training.platform-seat"));
        assertThat(TAXONOMY.familyOf(TAXONOMY.require("consumables.food")))
            .doesNotContain(TAXONOMY.require("equipment.it"), TAXONOMY.require("training"));
        assertThat(families).hasSizeGreaterThan(3);
    }

    @Test
    void aFamilyIsNamedByItsFirstCategorysCode() {
        Category food = TAXONOMY.require("consumables.food");

        assertThat(TAXONOMY.familyCode(food)).isEqualTo("consumables");
        assertThat(TAXONOMY.family("consumables")).contains(TAXONOMY.familyOf(food));
        assertThat(TAXONOMY.family("consumables.food")).as("a category that does not name its family").isEmpty();
        assertThat(TAXONOMY.family("gold")).isEmpty();
        assertThat(TAXONOMY.familyCodes()).hasSameSizeAs(TAXONOMY.families()).contains("consumables", "training");
    }

    @Test
    void refusesUnknownCategories() {
        assertThat(TAXONOMY.category("consumables.gold")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> TAXONOMY.require("consumables.gold"))
            .withMessageContaining("consumables.gold");
    }

    @Test
    void refusesBadTaxonomyData() {
        Category branch = new Category("venue", "Помещения", "Venues", List.of(Unit.HOUR), Set.of());
        Category room = new Category("venue.room", "Зала", "Room", List.of(Unit.HOUR), Set.of());
        Category orphan = new Category("garden.tools", "Инструменти", "Tools", List.of(Unit.PCS), Set.of());
        Category dangling = new Category("venue.hall", "Зала", "Hall", List.of(Unit.HOUR), Set.of("venue.castle"));

        assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy(List.of(branch, room, room)))
            .withMessageContaining("repeats");
        assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy(List.of(branch, orphan)))
            .withMessageContaining("no branch");
        assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy(List.of(branch, dangling)))
            .withMessageContaining("venue.castle");
    }

    @Test
    void refusesBadCategories() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Category("Consumables", "К", "C", List.of(Unit.PCS), Set.of()))
            .withMessageContaining("code");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Category("venue", " ", "Venues", List.of(Unit.HOUR), Set.of()))
            .withMessageContaining("labels");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Category("venue", "Помещения", "Venues", List.of(), Set.of()))
            .withMessageContaining("units");
    }

    @Test
    void quantitiesArePositiveWholeNumbersOfOneUnit() {
        assertThat(Quantity.of(25, Unit.PACK)).hasToString("25 pack");
        assertThat(Unit.ofCode("Seat")).contains(Unit.SEAT);
        assertThat(Unit.ofCode("litre")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(0, Unit.PACK))
            .withMessageContaining("amount");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(-3, Unit.KG)).withMessageContaining("amount");
    }

}
