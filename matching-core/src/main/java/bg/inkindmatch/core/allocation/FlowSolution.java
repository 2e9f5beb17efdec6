package bg.inkindmatch.core.allocation;

/**
 * A minimum-cost flow: the flow on every arc of the network it solves, and its total
 * cost. Immutable.
 */
public final class FlowSolution {

    private final long[] flow;

    private final long cost;

    /** A solution with the given flow per arc and total cost. */
    public FlowSolution(long[] flow, long cost) {
        this.flow = flow.clone();
        this.cost = cost;
    }

    /** The flow on an arc. */
    public long flow(int arc) {
        return flow[arc];
    }

    /** The flow on every arc, as a new array. */
    public long[] flows() {
        return flow.clone();
    }

    /** The total cost: the sum over arcs of flow times cost. */
    public long cost() {
        return cost;
    }

}
