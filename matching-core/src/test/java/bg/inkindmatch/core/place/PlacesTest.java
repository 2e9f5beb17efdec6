package bg.inkindmatch.core.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static bg.inkindmatch.core.Fixtures.PLACES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PlacesTest {

    @Test
    void knowsEveryProvinceAndMunicipalityOfBulgaria() {
        assertThat(PLACES.provinces()).hasSize(28);
        assertThat(PLACES.municipalities()).hasSize(265);
        assertThat(PLACES.municipalitiesOf("RSE")).extracting(Municipality::nameBg)
            .containsExactly("Борово", "Бяла", "Ветово", "Две могили", "Иваново", "Русе", "Сливо поле", "Ценово");
        assertThat(PLACES.province("RSE")).get().extracting(Province::iso3166).isEqualTo("BG-18");
        assertThat(PLACES.requireMunicipality("RSE27").name("en")).isEqualTo("Ruse");
    }

    @Test
    void measuresGreatCircleDistancesBetweenSeats() {
        Municipality ruse = PLACES.requireMunicipality("RSE27");
        Municipality byala = PLACES.requireMunicipality("RSE04");
        Municipality varna = PLACES.requireMunicipality("VAR06");
        Municipality sofia = PLACES.requireMunicipality("SOF46");

        assertThat(PLACES.distanceKm(ruse, ruse)).isZero();
        assertThat(PLACES.distanceKm(ruse, byala)).isCloseTo(46, within(3.0));
        assertThat(PLACES.distanceKm(ruse, varna)).isCloseTo(172, within(2.0));
        assertThat(PLACES.distanceKm(ruse, sofia)).isCloseTo(PLACES.distanceKm(sofia, ruse), within(1e-9));
        assertThat(PLACES.distanceKm(ruse, sofia)).isCloseTo(247, within(5.0));
    }

    @Test
    void findsMunicipalitiesWithinARadius() {
        Municipality ruse = PLACES.requireMunicipality("RSE27");

        assertThat(PLACES.within(ruse, 50)).extracting(Municipality::code)
            .contains("RSE27", "RSE04", "RSE13")
            .doesNotContain("VAR06");
        assertThat(PLACES.within(ruse, 0)).extracting(Municipality::code).containsExactly("RSE27");
    }

    @Test
    void refusesUnknownAndMalformedPlaces() {
        assertThat(PLACES.municipality("XXX99")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> PLACES.requireMunicipality("XXX99"))
            .withMessageContaining("XXX99");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 25)).withMessageContaining("latitude");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(43, 181)).withMessageContaining("longitude");
        GeoPoint point = new GeoPoint(43.8, 25.9);
        assertThatIllegalArgumentException().isThrownBy(() -> new Municipality("RSE1", "RSE", "Русе", "Ruse", point))
            .withMessageContaining("code");
        assertThatIllegalArgumentException().isThrownBy(() -> new Municipality("VAR06", "RSE", "Варна", "Varna", point))
            .withMessageContaining("code");
        Province ruse = new Province("RSE", "BG-18", "Русе", "Ruse", point);
        Municipality stray = new Municipality("VAR06", "VAR", "Варна", "Varna", point);
        assertThatIllegalArgumentException().isThrownBy(() -> new Places(List.of(ruse), List.of(stray)))
            .withMessageContaining("unknown province");
    }

}
