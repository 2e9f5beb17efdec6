package bg.inkindmatch.core.place;

import java.util.Objects;

/**
 * A province (oblast) of Bulgaria.
 *
 * @param code the NSI three-letter code, such as {@code RSE}
 * @param iso3166 the ISO 3166-2 code, such as {@code BG-18}
 * @param nameBg the name in Bulgarian
 * @param nameLatin the name in the streamlined Latin transliteration
 * @param seat the point of the administrative seat
 */
public record Province(String code, String iso3166, String nameBg, String nameLatin, GeoPoint seat) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(iso3166, "iso3166");
        Objects.requireNonNull(nameBg, "nameBg");
        Objects.requireNonNull(nameLatin, "nameLatin");
        Objects.requireNonNull(seat, "seat");
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("code must be three capital letters: " + code);
        }
    }

    /**
     * The name in the given language ({@code "bg"} or anything else for Latin script).
     */
    public String name(String language) {
        return "bg".equals(language) ? nameBg : nameLatin;
    }
}
