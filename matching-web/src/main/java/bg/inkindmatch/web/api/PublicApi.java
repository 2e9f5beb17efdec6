package bg.inkindmatch.web.api;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.web.board.BoardFilter;
import bg.inkindmatch.web.board.BoardPage;
import bg.inkindmatch.web.board.PublicBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/**
 * The read-only public JSON API: open needs and offers (public fields only), the
 * categories and the places. Described by the OpenAPI document at {@code /v3/api-docs}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "public", description = "Open needs and offers, categories and places; no contact data")
record PublicApi(PublicBoard board, MatchingEngine engine) {

    @GetMapping("/needs")
    @Operation(summary = "Open needs, soonest deadline first")
    BoardPage needs(
            @Parameter(description = "category code; a branch includes its leaves") @RequestParam(
                    defaultValue = "") String category,
            @Parameter(description = "province code, e.g. RSE") @RequestParam(defaultValue = "") String province,
            @Parameter(description = "municipality code, e.g. RSE27") @RequestParam(
                    defaultValue = "") String municipality,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return board.needs(new BoardFilter(category, province, municipality, page, size), locale);
    }

    @GetMapping("/offers")
    @Operation(summary = "Open offers, soonest end first")
    BoardPage offers(
            @Parameter(description = "category code; a branch includes its leaves") @RequestParam(
                    defaultValue = "") String category,
            @Parameter(description = "province code, e.g. RSE") @RequestParam(defaultValue = "") String province,
            @Parameter(description = "municipality code, e.g. RSE27") @RequestParam(
                    defaultValue = "") String municipality,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        return board.offers(new BoardFilter(category, province, municipality, page, size), locale);
    }

    @GetMapping("/categories")
    @Operation(summary = "The category taxonomy with Bulgarian and English labels and allowed units")
    List<CategoryView> categories() {
        return engine.taxonomy().categories().stream().map(CategoryView::of).toList();
    }

    @GetMapping("/places")
    @Operation(summary = "The provinces and municipalities of Bulgaria")
    List<ProvinceView> places() {
        return engine.places()
            .provinces()
            .stream()
            .map(p -> ProvinceView.of(p, engine.places().municipalitiesOf(p.code())))
            .toList();
    }

    /** A category as the API shows it. */
    record CategoryView(String code, String parent, String labelBg, String labelEn, List<String> units) {
        static CategoryView of(Category c) {
            return new CategoryView(c.code(), c.parentCode().orElse(null), c.labelBg(), c.labelEn(),
                    c.units().stream().map(u -> u.code()).toList());
        }
    }

    /** A province with its municipalities. */
    record ProvinceView(String code, String nameBg, String nameLatin, List<MunicipalityView> municipalities) {
        static ProvinceView of(Province p, List<Municipality> municipalities) {
            return new ProvinceView(p.code(), p.nameBg(), p.nameLatin(),
                    municipalities.stream()
                        .map(m -> new MunicipalityView(m.code(), m.nameBg(), m.nameLatin(), m.seat().latitude(),
                                m.seat().longitude()))
                        .toList());
        }
    }

    /** A municipality with the point of its seat (© OpenStreetMap contributors, ODbL). */
    record MunicipalityView(String code, String nameBg, String nameLatin, double latitude, double longitude) {
    }

}
