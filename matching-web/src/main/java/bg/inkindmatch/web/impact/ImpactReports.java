package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a region and a period from the database. A region is the needs handed
 * over in its provinces: the help counts where it arrived, so that a delivery is counted
 * once, in one region.
 */
@Service
public record ImpactReports(ImpactRows rows, MatchingEngine engine, Clock clock) {

    /**
     * The figures of the provinces, or of the whole country when there are none given.
     */
    public ImpactFigures figures(ImpactPeriod period, Optional<Set<String>> provinces) {
        Optional<Set<String>> municipalities = provinces.map(this::municipalitiesOf);
        var start = period.start(clock.getZone());
        var end = period.end(clock.getZone());
        return ImpactFigures.of(period, rows.needs(start, end, municipalities),
                rows.matches(start, end, municipalities), rows.trained(start, end, municipalities), clock.getZone());
    }

    private Set<String> municipalitiesOf(Set<String> provinces) {
        return provinces.stream()
            .flatMap(province -> engine.places().municipalitiesOf(province).stream())
            .map(Municipality::code)
            .collect(Collectors.toSet());
    }

}
