package bg.inkindmatch.core.allocation;

/**
 * Solves the minimum-cost flow problem: find a flow that meets every supply and demand of
 * a {@link FlowNetwork}, stays within every arc's capacity, and has the least total cost.
 *
 * <p>
 * Implementations are stateless and safe to call from several threads.
 */
public interface MinCostFlowSolver {

    /**
     * An optimal flow of the network.
     * @throws IllegalArgumentException if no flow meets the supplies within the
     * capacities, or the cost is unbounded (a negative cycle of unlimited capacity)
     */
    FlowSolution solve(FlowNetwork network);

}
