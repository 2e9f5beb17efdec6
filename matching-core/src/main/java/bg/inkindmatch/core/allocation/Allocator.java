package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.scoring.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Allocates the remaining quantities of offers to needs optimally: exactly,
 * deterministically, and fairly between centres.
 *
 * <p>
 * <b>The objective.</b> For candidates (o, n) with score s(o,n), offers with remaining
 * r(o), needs with remaining q(n), and centres c with needs N(c) and open demand D(c) =
 * sum of q(n) over N(c), choose whole units x(o,n) to <pre>
 *   maximise   sum over (o,n) of  v(o,n) * x(o,n)  -  sum over c, k of  p(c,k) * y(c,k)
 *   where      v(o,n) = round(S * s(o,n) / q(n))                 the score-weighted share of n per unit
 *              p(c,k) = round(S * step * k * |N(c)| / D(c))       tier k of centre c, k = 0..tiers-1
 *   subject to sum over n of x(o,n) &lt;= r(o),   sum over o of x(o,n) &lt;= q(n),
 *              sum over k of y(c,k) = units given to c,   0 &lt;= y(c,k) &lt;= size of tier k (D(c) / tiers)
 * </pre> with S = {@link AllocationNetwork#VALUE_SCALE}. Without the penalties this is
 * the score-weighted share of needs covered; the penalties are the diminishing returns
 * per centre: the first quarter of a centre's demand is worth the full score, each
 * further quarter {@code step} less per share of a need, so one centre does not take
 * everything while another gets nothing. As the penalties grow with the tier, a cheaper
 * tier always fills first, and the utility of each centre is concave and piecewise
 * linear. This is a minimum-cost flow on the network of {@link AllocationNetwork}, solved
 * exactly by a {@link MinCostFlowSolver} (by default the {@link SpanningTreeSimplex}).
 *
 * <p>
 * <b>The minimum lot.</b> A pair that gets fewer units than {@code min(lot, q(n), r(o))}
 * is not worth a proposal. Such semi-continuous flows make the problem NP-hard in
 * general, so the allocator drops the arcs of pairs the optimum uses below their lot
 * (capacity 0) and solves again until no pair is below its lot. The result is the exact
 * optimum of the network without those arcs; with a lot of 1 (the default) it is the
 * exact optimum of the whole problem.
 *
 * <p>
 * <b>Determinism.</b> Posts and arcs are laid out in id order and the solver is
 * deterministic, so the same candidates always give the same allocation.
 *
 * <p>
 * Stateless and safe to call from several threads.
 */
public final class Allocator {

    private final AllocationPolicy policy;

    private final MinCostFlowSolver solver;

    /** An allocator with the given policy and solver. */
    public Allocator(AllocationPolicy policy, MinCostFlowSolver solver) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /** An allocator with the given policy and the {@link SpanningTreeSimplex}. */
    public Allocator(AllocationPolicy policy) {
        this(policy, new SpanningTreeSimplex());
    }

    /**
     * The optimal allocation of the given candidates.
     * @param candidates at most one per (offer, need) pair; every offer (need) the same
     * in all the candidates that name it, with its remaining quantity as it is now
     * @throws IllegalArgumentException if a pair repeats or one post appears with
     * different contents
     */
    public Allocation allocate(List<Candidate> candidates) {
        OrderedCandidates ordered = OrderedCandidates.of(candidates);
        boolean[] dropped = new boolean[ordered.list().size()];
        while (true) {
            AllocationNetwork network = AllocationNetwork.ofOrdered(ordered, policy, dropped);
            FlowSolution solution = solver.solve(network.network());
            if (!dropBelowLot(ordered.list(), solution, dropped)) {
                return allocationOf(ordered.list(), solution);
            }
        }
    }

    /** Drops the arcs of pairs the flow uses below their lot; whether it dropped any. */
    boolean dropBelowLot(List<Candidate> ordered, FlowSolution solution, boolean[] dropped) {
        boolean any = false;
        for (int i = 0; i < ordered.size(); i++) {
            long units = solution.flow(i);
            if (units > 0 && units < lotOf(ordered.get(i))) {
                dropped[i] = true;
                any = true;
            }
        }
        return any;
    }

    private int lotOf(Candidate candidate) {
        return Math.min(policy.minimumLot(), Math.min(candidate.need().remaining(), candidate.offer().remaining()));
    }

    /** The allocation a flow on the network of the ordered candidates stands for. */
    static Allocation allocationOf(List<Candidate> ordered, FlowSolution solution) {
        List<AllocatedPair> pairs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            long units = solution.flow(i);
            if (units > 0) {
                pairs.add(new AllocatedPair(ordered.get(i), Math.toIntExact(units)));
            }
        }
        return new Allocation(pairs, -solution.cost());
    }

}
