package bg.inkindmatch.core.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A unit in which offers and needs are counted. Units are never converted into one
 * another: an offer in packs meets only needs in packs.
 */
public enum Unit {

    PCS("pcs"), PACK("pack"), KG("kg"), L("l"), SEAT("seat"), HOUR("hour"), POSITION("position"), SET("set");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    /**
     * The stable lower-case code of this unit, as used in data files and message keys.
     */
    public String code() {
        return code;
    }

    /**
     * The unit with the given code.
     * @param code a unit code such as {@code "pack"}, case-insensitive
     * @return the unit, or empty if no unit has that code
     */
    public static Optional<Unit> ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(unit -> unit.code.equals(wanted)).findFirst();
    }

}
