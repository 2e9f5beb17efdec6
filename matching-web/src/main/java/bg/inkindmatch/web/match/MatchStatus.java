package bg.inkindmatch.web.match;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code PROPOSED -> AGREED | DECLINED | EXPIRED},
 * {@code AGREED -> DELIVERED | CANCELLED}. The rules that depend on the state live here,
 * once; the SQL that needs them takes their names as parameters.
 */
public enum MatchStatus {

    PROPOSED, AGREED, DECLINED, EXPIRED, DELIVERED, CANCELLED;

    /** Still to happen: proposed or agreed, not yet handed over. */
    public boolean isPending() {
        return this == PROPOSED || this == AGREED;
    }

    /**
     * Both sides said yes (agreed or handed over): each sees the other's contact, and it
     * counts as given.
     */
    public boolean isAgreedByBoth() {
        return this == AGREED || this == DELIVERED;
    }

    /** The match holds the units it took: proposed, agreed or handed over. */
    public boolean holdsUnits() {
        return isPending() || this == DELIVERED;
    }

    /**
     * The names of the states with the property, for SQL parameters
     * ({@code status in (:statuses)}).
     */
    public static List<String> namesWhere(Predicate<MatchStatus> property) {
        return Arrays.stream(values()).filter(property).map(Enum::name).toList();
    }

}
