package bg.inkindmatch.core.allocation;

/**
 * The settings of the allocation.
 *
 * @param minimumLot the fewest units worth proposing from one offer to one need; a
 * proposal is smaller only when what remains of the need or of the offer is smaller. 1
 * switches the rule off.
 * @param centreTiers into how many equal tiers a centre's open demand is cut for the
 * diminishing returns; 1 switches them off
 * @param diminishingStep how much less each further tier of a centre is worth, in score
 * per share of a need: units in tier k are worth {@code k * diminishingStep} less than in
 * tier 0. 0 switches the diminishing returns off.
 */
public record AllocationPolicy(int minimumLot, int centreTiers, double diminishingStep) {

    /**
     * A minimum lot of 1 unit, four tiers per centre, each worth 0.1 less than the one
     * before.
     */
    public static final AllocationPolicy DEFAULTS = new AllocationPolicy(1, 4, 0.1);

    public AllocationPolicy {
        if (minimumLot < 1) {
            throw new IllegalArgumentException("minimumLot must be at least 1: " + minimumLot);
        }
        if (centreTiers < 1 || centreTiers > 100) {
            throw new IllegalArgumentException("centreTiers must be in [1, 100]: " + centreTiers);
        }
        if (!(diminishingStep >= 0 && diminishingStep <= 1)) {
            throw new IllegalArgumentException("diminishingStep must be in [0, 1]: " + diminishingStep);
        }
    }
}
