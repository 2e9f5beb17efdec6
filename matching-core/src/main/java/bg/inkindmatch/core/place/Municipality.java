package bg.inkindmatch.core.place;

import java.util.Objects;

/**
 * A municipality (obshtina) of Bulgaria: the unit of place for offers and needs.
 *
 * @param code the NSI/LAU code, such as {@code RSE27} for Ruse
 * @param provinceCode the code of its province, such as {@code RSE}
 * @param nameBg the name in Bulgarian
 * @param nameLatin the name in the streamlined Latin transliteration
 * @param seat the point of its administrative seat
 */
public record Municipality(String code, String provinceCode, String nameBg, String nameLatin, GeoPoint seat) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(nameBg, "nameBg");
        Objects.requireNonNull(nameLatin, "nameLatin");
        Objects.requireNonNull(seat, "seat");
        if (!code.matches("[A-Z]{3}\\d{2}") || !code.startsWith(provinceCode)) {
            throw new IllegalArgumentException("code must be the province code and two digits: " + code);
        }
    }

    /**
     * The name in the given language ({@code "bg"} or anything else for Latin script).
     */
    public String name(String language) {
        return "bg".equals(language) ? nameBg : nameLatin;
    }
}
