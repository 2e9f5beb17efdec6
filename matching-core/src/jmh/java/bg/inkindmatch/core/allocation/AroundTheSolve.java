package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.scoring.Candidate;

import java.util.List;

/**
 * The work {@link Allocator#allocate} does besides the solve, for the benchmark: the candidates'
 * order, the network's layout, the check of the lots and the allocation read back from a flow
 * (solved once beforehand). Timed on its own, it is stable where the difference of two timed forks
 * is not.
 */
public final class AroundTheSolve {

    private final Allocator allocator = new Allocator(AllocationPolicy.DEFAULTS);

    private final List<Candidate> candidates;

    private final FlowSolution solution;

    public AroundTheSolve(List<Candidate> candidates) {
        this.candidates = candidates;
        this.solution = new SpanningTreeSimplex().solve(AllocationNetwork.of(candidates, AllocationPolicy.DEFAULTS)
            .network());
    }

    /** One round of the allocator's loop without its solve; a number that depends on all of it. */
    public long run() {
        OrderedCandidates ordered = OrderedCandidates.of(candidates);
        boolean[] dropped = new boolean[ordered.list().size()];
        FlowNetwork network = AllocationNetwork.ofOrdered(ordered, AllocationPolicy.DEFAULTS, dropped).network();
        allocator.dropBelowLot(ordered.list(), solution, dropped);
        return Allocator.allocationOf(ordered.list(), solution).objective() + network.arcCount();
    }
}
