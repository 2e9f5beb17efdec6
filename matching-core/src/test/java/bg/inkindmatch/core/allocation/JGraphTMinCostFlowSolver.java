package bg.inkindmatch.core.allocation;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The independent reference: jgrapht's capacity-scaling successive shortest paths on the
 * same network. Costs are given as edge weights, because a cost function passed in the
 * problem is ignored (jgrapht issues #1139 and #1150). Costs become doubles there; the
 * test networks keep every partial sum below 2^53, where doubles are exact.
 */
public final class JGraphTMinCostFlowSolver implements MinCostFlowSolver {

    @Override
    public FlowSolution solve(FlowNetwork network) {
        Graph<Integer, Integer> graph = new DirectedWeightedMultigraph<>(null, null);
        for (int node = 0; node < network.nodeCount(); node++) {
            graph.addVertex(node);
        }
        for (int arc = 0; arc < network.arcCount(); arc++) {
            graph.addEdge(network.tail(arc), network.head(arc), arc);
            graph.setEdgeWeight(arc, network.cost(arc));
        }
        MinimumCostFlowProblem<Integer, Integer> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, node -> Math.toIntExact(network.supply(node)), arc -> Math.toIntExact(network.capacity(arc)));
        MinimumCostFlowAlgorithm.MinimumCostFlow<Integer> flow;
        try {
            flow = new CapacityScalingMinimumCostFlow<Integer, Integer>().getMinimumCostFlow(problem);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the network has no flow that meets its supplies", e);
        }
        long[] flows = new long[network.arcCount()];
        for (int arc = 0; arc < flows.length; arc++) {
            flows[arc] = Math.round(flow.getFlow(arc));
        }
        return new FlowSolution(flows, network.costOf(flows));
    }

}
