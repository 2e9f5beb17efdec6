package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.AllocationNetwork;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.scoring.Candidate;

import java.util.List;

/**
 * The networks the solver is measured on: the product's own allocation network (offers and needs as
 * {@link TransportationInstance} makes them, with the tiers of the default policy) and plain
 * transportation networks ({@link FlowShapes}), each from a seed.
 */
public enum BenchmarkShape {

    PRODUCT_SQUARE_2000("product square 2,000 x 2,000", Kind.SMALL, 2_000, 2_000, 20),
    PRODUCT_SQUARE_20000("product square 20,000 x 20,000", Kind.LARGE, 20_000, 20_000, 20),
    PRODUCT_WIDE("product wide 5,000 x 500", Kind.SMALL, 5_000, 500, 20),
    PRODUCT_TALL("product tall 500 x 5,000 (200 pairs each)", Kind.SMALL, 500, 5_000, 200),
    SQUARE_2000("plain square 2,000 x 2,000", Kind.SMALL, 2_000, 2_000, 20, 50, 1_000, 0),
    SQUARE_20000("plain square 20,000 x 20,000", Kind.LARGE, 20_000, 20_000, 20, 50, 1_000, 0),
    WIDE("plain wide 5,000 x 500", Kind.SMALL, 5_000, 500, 20, 50, 1_000, 0),
    TALL("plain tall 500 x 5,000 (200 arcs each)", Kind.SMALL, 500, 5_000, 200, 50, 1_000, 0),
    HUBS("hubs 10,000 x 10,000 (half the offers reach a hub)", Kind.SMALL, 10_000, 10_000, 20, 50, 1_000, 0.5),
    RANGES("ranges 5,000 x 5,000 (q <= 10,000, cost <= 100,000)", Kind.SMALL, 5_000, 5_000, 20, 10_000, 100_000, 0),
    EQUAL_COSTS("equal costs 5,000 x 5,000", Kind.SMALL, 5_000, 5_000, 20, 50, 1, 0),
    LARGE("large 50,000 x 50,000 (1.1M arcs)", Kind.LARGE, 50_000, 50_000, 20, 50, 1_000, 0);

    /** Small shapes take well under a second to solve; the quick run measures only them. */
    public enum Kind {
        SMALL, LARGE
    }

    private final String title;
    private final Kind kind;
    private final int offers;
    private final int needs;
    private final int arcsPerOffer;
    private final int maxQuantity;
    private final int maxCost;
    private final double hubShare;
    private final boolean product;

    BenchmarkShape(String title, Kind kind, int offers, int needs, int pairsPerOffer) {
        this(title, kind, offers, needs, pairsPerOffer, 0, 0, 0, true);
    }

    BenchmarkShape(String title, Kind kind, int offers, int needs, int arcsPerOffer, int maxQuantity, int maxCost,
            double hubShare) {
        this(title, kind, offers, needs, arcsPerOffer, maxQuantity, maxCost, hubShare, false);
    }

    BenchmarkShape(String title, Kind kind, int offers, int needs, int arcsPerOffer, int maxQuantity, int maxCost,
            double hubShare, boolean product) {
        this.title = title;
        this.kind = kind;
        this.offers = offers;
        this.needs = needs;
        this.arcsPerOffer = arcsPerOffer;
        this.maxQuantity = maxQuantity;
        this.maxCost = maxCost;
        this.hubShare = hubShare;
        this.product = product;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this is the product's allocation network, made from candidates. */
    public boolean product() {
        return product;
    }

    /** The candidates of a product shape. */
    public List<Candidate> candidates(long seed) {
        if (!product) {
            throw new IllegalStateException(title + " is a plain network: it has no candidates");
        }
        return TransportationInstance.candidates(offers, needs, arcsPerOffer, seedOf(seed));
    }

    /** The network of this shape for a seed. */
    public FlowNetwork network(long seed) {
        if (product) {
            return AllocationNetwork.of(candidates(seed), AllocationPolicy.DEFAULTS).network();
        }
        return FlowShapes.transportation(offers, needs, arcsPerOffer, maxQuantity, maxCost, hubShare, seedOf(seed));
    }

    /** Each shape draws its own instances from the same seed numbers. */
    private long seedOf(long seed) {
        return 20261126L * (ordinal() + 1) + seed;
    }
}
