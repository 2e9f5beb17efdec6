package bg.inkindmatch.web.coordinator;

import java.util.Set;

/**
 * What a coordinator sees: the whole country (an administrator) or the organisations,
 * posts and matches of some provinces.
 *
 * @param wholeCountry whether the whole country
 * @param provinces the province codes, when not the whole country
 */
public record CoordinatorScope(boolean wholeCountry, Set<String> provinces) {

    public CoordinatorScope {
        provinces = Set.copyOf(provinces);
    }

    /** The whole country. */
    public static CoordinatorScope national() {
        return new CoordinatorScope(true, Set.of());
    }

    /** These provinces only. */
    public static CoordinatorScope of(Set<String> provinces) {
        return new CoordinatorScope(false, provinces);
    }

    /** Whether a place of this province is in the scope. */
    public boolean covers(String province) {
        return wholeCountry || provinces.contains(province);
    }

}
