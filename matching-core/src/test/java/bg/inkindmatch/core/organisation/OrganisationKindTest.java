package bg.inkindmatch.core.organisation;

import bg.inkindmatch.core.taxonomy.Flow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may offer and who may ask, by the way the help goes. */
class OrganisationKindTest {

    private static OrganisationKind[] offering(Flow flow) {
        return Arrays.stream(OrganisationKind.values())
            .filter(kind -> kind.mayOffer(flow))
            .toArray(OrganisationKind[]::new);
    }

    private static OrganisationKind[] asking(Flow flow) {
        return Arrays.stream(OrganisationKind.values())
            .filter(kind -> kind.mayRequest(flow))
            .toArray(OrganisationKind[]::new);
    }

    @Test
    void companiesAndPartnersGiveToCentresAndOnlyCentresAsk() {
        assertThat(offering(Flow.TO_CENTRES)).containsExactly(OrganisationKind.COMPANY, OrganisationKind.INSTITUTION,
                OrganisationKind.CHAMBER);
        assertThat(asking(Flow.TO_CENTRES)).containsExactly(OrganisationKind.CENTRE);
    }

    @Test
    void centresAndPartnersTrainWorkplacesAndEmployersAsk() {
        assertThat(offering(Flow.TO_WORKPLACES)).containsExactly(OrganisationKind.CENTRE, OrganisationKind.INSTITUTION,
                OrganisationKind.CHAMBER);
        assertThat(asking(Flow.TO_WORKPLACES)).containsExactly(OrganisationKind.COMPANY, OrganisationKind.INSTITUTION,
                OrganisationKind.CHAMBER);
    }

}
