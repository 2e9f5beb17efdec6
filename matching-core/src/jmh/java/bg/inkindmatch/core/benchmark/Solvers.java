package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.allocation.JGraphTMinCostFlowSolver;
import bg.inkindmatch.core.allocation.SpanningTreeSimplex;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/** The solvers of the benchmark by name, each giving the optimal cost of a network. */
final class Solvers {

    static final String OURS = "spanning-tree";

    static final String OR_TOOLS = "or-tools";

    static final String OR_TOOLS_MAX_FLOW = "or-tools-max-flow";

    static final String JGRAPHT = "jgrapht";

    /** The whole {@code Allocator.allocate} call: product shapes only. */
    static final String ALLOCATOR = "allocator";

    /** Only what {@code Allocator.allocate} does besides the solve: product shapes only. */
    static final String AROUND = "around-the-solve";

    private Solvers() {
    }

    static void prepare(String solver) {
        if (solver.startsWith(OR_TOOLS)) {
            Loader.loadNativeLibraries();
        }
    }

    static long cost(String solver, FlowNetwork network) {
        return switch (solver) {
            case OURS -> new SpanningTreeSimplex().solve(network).cost();
            case OR_TOOLS -> orTools(network, false);
            case OR_TOOLS_MAX_FLOW -> orTools(network, true);
            case JGRAPHT -> new JGraphTMinCostFlowSolver().solve(network).cost();
            default -> throw new IllegalArgumentException("unknown solver " + solver);
        };
    }

    /**
     * OR-tools' {@code SimpleMinCostFlow}: {@code solve} (cost scaling on the balanced network) or
     * {@code solveMaxFlowWithMinCost}; the benchmark's networks are balanced and feasible, so both
     * give the same optimum.
     */
    private static long orTools(FlowNetwork network, boolean maxFlowMode) {
        MinCostFlow flow = new MinCostFlow(network.nodeCount(), network.arcCount());
        try {
            for (int arc = 0; arc < network.arcCount(); arc++) {
                flow.addArcWithCapacityAndUnitCost(network.tail(arc), network.head(arc), network.capacity(arc),
                        network.cost(arc));
            }
            for (int node = 0; node < network.nodeCount(); node++) {
                flow.setNodeSupply(node, network.supply(node));
            }
            MinCostFlowBase.Status status = maxFlowMode ? flow.solveMaxFlowWithMinCost() : flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-tools: " + status);
            }
            return flow.getOptimalCost();
        }
        finally {
            flow.delete();
        }
    }
}
