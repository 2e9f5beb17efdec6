package bg.inkindmatch.core.scoring;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What scoring needs to know of the world beyond the two posts.
 *
 * @param today the day the matching happens; deadlines and expiry are counted from it
 * @param recentReceipts how many matches each centre (by organisation id) received
 * recently; a centre not in the map received none. What "recently" means is the caller's
 * choice.
 */
public record MatchingContext(LocalDate today, Map<Long, Integer> recentReceipts) {

    public MatchingContext {
        Objects.requireNonNull(today, "today");
        recentReceipts = Map.copyOf(recentReceipts);
        recentReceipts.forEach((centre, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("recentReceipts must not be negative: " + centre + "=" + count);
            }
        });
    }

    /** A context for the given day in which no centre received anything recently. */
    public static MatchingContext on(LocalDate today) {
        return new MatchingContext(today, Map.of());
    }

    /** How many matches the centre received recently. */
    public int recentReceiptsOf(long centreId) {
        return recentReceipts.isEmpty() ? 0 : recentReceipts.getOrDefault(centreId, 0);
    }
}
