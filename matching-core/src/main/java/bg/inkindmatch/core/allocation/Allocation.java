package bg.inkindmatch.core.allocation;

import java.util.List;

/**
 * The result of an allocation.
 *
 * @param pairs the allocated pairs, ordered by offer id and then need id
 * @param objective the value of the objective the allocation maximises, in the integer
 * units of {@link AllocationNetwork#VALUE_SCALE} (see {@link Allocator} for its
 * definition)
 */
public record Allocation(List<AllocatedPair> pairs, long objective) {

    public Allocation {
        pairs = List.copyOf(pairs);
    }

    /** How many units the allocation gives to the need. */
    public int unitsForNeed(long needId) {
        return pairs.stream().filter(p -> p.needId() == needId).mapToInt(AllocatedPair::units).sum();
    }

    /** How many units the allocation takes from the offer. */
    public int unitsFromOffer(long offerId) {
        return pairs.stream().filter(p -> p.offerId() == offerId).mapToInt(AllocatedPair::units).sum();
    }

    /** The units allocated from the offer to the need; 0 if the pair is not allocated. */
    public int units(long offerId, long needId) {
        return pairs.stream()
            .filter(p -> p.offerId() == offerId && p.needId() == needId)
            .mapToInt(AllocatedPair::units)
            .sum();
    }
}
