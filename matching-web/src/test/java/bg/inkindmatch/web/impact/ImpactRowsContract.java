package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.SeededYear;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact statements on a real database, one subclass per database the product runs
 * on: the seeded year read back region by region.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ JdbcMappingConfiguration.class, ImpactRows.class })
abstract class ImpactRowsContract {

    private static final SeededYear SEEDED = SeededYear.RUSE_2025;

    private static final ImpactPeriod YEAR = ImpactPeriod.year(2025);

    @Autowired
    private ImpactRows rows;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void seed() {
        SEEDED.writeInto(jdbc);
    }

    private static Optional<Set<String>> ruse() {
        return Optional
            .of(Places.standard().municipalitiesOf("RSE").stream().map(Municipality::code).collect(Collectors.toSet()));
    }

    private ImpactFigures figures(Optional<Set<String>> region) {
        var start = YEAR.start(SeededYear.ZONE);
        var end = YEAR.end(SeededYear.ZONE);
        return ImpactFigures.of(YEAR, rows.needs(start, end, region), rows.matches(start, end, region),
                SeededYear.ZONE);
    }

    @Test
    void readsTheRegionsNeedsAndHandoversAndLeavesTheRestOut() {
        long units = SEEDED.ruseNeeds()
            .stream()
            .flatMap(need -> need.deals().stream())
            .filter(deal -> deal.status() == MatchStatus.DELIVERED)
            .mapToLong(SeededYear.Deal::units)
            .sum();

        ImpactFigures ruse = figures(ruse());

        assertThat(ruse.delivered().units()).isEqualTo(units);
        assertThat(ruse.coverage().stream().mapToLong(ImpactFigures.Tally::count).sum())
            .isEqualTo(SEEDED.ruseNeeds().size());
        assertThat(figures(Optional.empty()).delivered().units()).isGreaterThan(units);
        assertThat(figures(Optional.of(Set.of())).delivered().units()).isZero();
    }

    @Test
    void readsTheSessionsOfWorkplaceTrainings() {
        // the seeded year has none; the statement runs on this database all the same
        assertThat(rows.trained(YEAR.start(SeededYear.ZONE), YEAR.end(SeededYear.ZONE), ruse())).isEmpty();
    }

}
