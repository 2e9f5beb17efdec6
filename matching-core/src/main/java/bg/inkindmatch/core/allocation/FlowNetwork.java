package bg.inkindmatch.core.allocation;

import java.util.Arrays;

/**
 * A directed network for a minimum-cost flow problem: nodes {@code 0..n-1} with supplies
 * (positive) and demands (negative) that add up to zero, and arcs with a capacity and a
 * cost per unit of flow. Lower bounds are zero. Immutable; build one with a
 * {@link Builder}.
 */
public final class FlowNetwork {

    private final long[] supply;

    private final int[] tail;

    private final int[] head;

    private final long[] capacity;

    private final long[] cost;

    private FlowNetwork(long[] supply, int[] tail, int[] head, long[] capacity, long[] cost) {
        this.supply = supply;
        this.tail = tail;
        this.head = head;
        this.capacity = capacity;
        this.cost = cost;
    }

    /**
     * A builder for a network of the given number of nodes, with room for about
     * {@code arcs} arcs.
     */
    public static Builder builder(int nodes, int arcs) {
        return new Builder(nodes, arcs);
    }

    /** The number of nodes. */
    public int nodeCount() {
        return supply.length;
    }

    /** The number of arcs. */
    public int arcCount() {
        return tail.length;
    }

    /**
     * The supply of a node: positive where flow enters the network, negative where it
     * leaves.
     */
    public long supply(int node) {
        return supply[node];
    }

    /** The node an arc leaves. */
    public int tail(int arc) {
        return tail[arc];
    }

    /** The node an arc enters. */
    public int head(int arc) {
        return head[arc];
    }

    /** The most flow an arc can carry. */
    public long capacity(int arc) {
        return capacity[arc];
    }

    /** The cost of one unit of flow on an arc. */
    public long cost(int arc) {
        return cost[arc];
    }

    /** The largest absolute arc cost, 0 for a network without arcs. */
    public long maxAbsCost() {
        long max = 0;
        for (long c : cost) {
            max = Math.max(max, Math.abs(c));
        }
        return max;
    }

    /** The total cost of a flow on this network, one value per arc. */
    public long costOf(long[] flow) {
        if (flow.length != arcCount()) {
            throw new IllegalArgumentException(
                    "flow must have one value per arc: " + flow.length + " != " + arcCount());
        }
        long total = 0;
        for (int arc = 0; arc < flow.length; arc++) {
            total = Math.addExact(total, Math.multiplyExact(flow[arc], cost[arc]));
        }
        return total;
    }

    /**
     * Whether the given flow is feasible: within every capacity, and at every node what
     * leaves minus what enters equals the node's supply.
     */
    public boolean isFeasible(long[] flow) {
        if (flow.length != arcCount()) {
            return false;
        }
        long[] balance = new long[nodeCount()];
        for (int arc = 0; arc < flow.length; arc++) {
            if (flow[arc] < 0 || flow[arc] > capacity[arc]) {
                return false;
            }
            balance[tail[arc]] += flow[arc];
            balance[head[arc]] -= flow[arc];
        }
        return Arrays.equals(balance, supply);
    }

    /**
     * Builds a {@link FlowNetwork}. Not thread-safe; used once: {@link #build()} hands
     * its arrays over to the network (copied only to trim unused room), and the builder
     * refuses any further call.
     */
    public static final class Builder {

        private long[] supply;

        private int[] tail;

        private int[] head;

        private long[] capacity;

        private long[] cost;

        private int arcs;

        private Builder(int nodes, int expectedArcs) {
            if (nodes < 0) {
                throw new IllegalArgumentException("nodes must not be negative: " + nodes);
            }
            int room = Math.max(4, expectedArcs);
            this.supply = new long[nodes];
            this.tail = new int[room];
            this.head = new int[room];
            this.capacity = new long[room];
            this.cost = new long[room];
        }

        /** Sets the supply of a node (negative for a demand). */
        public Builder supply(int node, long amount) {
            checkOpen();
            checkNode(node);
            supply[node] = amount;
            return this;
        }

        /**
         * Adds an arc and returns its index (arcs are numbered in the order they are
         * added).
         * @throws IllegalArgumentException for an unknown node or a negative capacity
         */
        public int arc(int from, int to, long arcCapacity, long arcCost) {
            checkOpen();
            checkNode(from);
            checkNode(to);
            if (arcCapacity < 0) {
                throw new IllegalArgumentException("capacity must not be negative: " + arcCapacity);
            }
            if (arcs == tail.length) {
                int grown = tail.length * 2;
                tail = Arrays.copyOf(tail, grown);
                head = Arrays.copyOf(head, grown);
                capacity = Arrays.copyOf(capacity, grown);
                cost = Arrays.copyOf(cost, grown);
            }
            tail[arcs] = from;
            head[arcs] = to;
            capacity[arcs] = arcCapacity;
            cost[arcs] = arcCost;
            return arcs++;
        }

        /**
         * The network.
         * @throws IllegalArgumentException if the supplies do not add up to zero
         */
        public FlowNetwork build() {
            checkOpen();
            long sum = 0;
            for (long s : supply) {
                sum = Math.addExact(sum, s);
            }
            if (sum != 0) {
                throw new IllegalArgumentException("supplies must add up to zero: " + sum);
            }
            FlowNetwork network = new FlowNetwork(supply, trimmed(tail), trimmed(head), trimmed(capacity),
                    trimmed(cost));
            supply = null;
            return network;
        }

        private int[] trimmed(int[] values) {
            return values.length == arcs ? values : Arrays.copyOf(values, arcs);
        }

        private long[] trimmed(long[] values) {
            return values.length == arcs ? values : Arrays.copyOf(values, arcs);
        }

        private void checkOpen() {
            if (supply == null) {
                throw new IllegalStateException("the network is built; a builder is used once");
            }
        }

        private void checkNode(int node) {
            if (node < 0 || node >= supply.length) {
                throw new IllegalArgumentException("node must be in [0, " + supply.length + "): " + node);
            }
        }

    }

}
