package bg.inkindmatch.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The primal network simplex method for minimum-cost flow, after the implementation in
 * the LEMON graph library (Kiraly and Kovacs, "Efficient implementations of minimum-cost
 * flow algorithms", 2012).
 *
 * <p>
 * <b>Why this algorithm.</b> The allocation networks are bipartite transportation
 * problems with a few hundred thousand arcs and supplies in the tens. On such networks
 * the network simplex with a block-search pivot rule is the fastest of the exact methods
 * in the published comparisons (faster than cost scaling, which Google OR-tools uses, and
 * far faster than successive shortest paths or capacity scaling, whose running time grows
 * with the number of augmentations). It needs only integer arithmetic, so its optimum is
 * exact, and it is deterministic: the same network gives the same flow.
 *
 * <p>
 * <b>How.</b> A spanning tree of the network plus an artificial root is kept as parent,
 * thread and successor-count arrays, so that finding the cycle of an entering arc and
 * updating the tree take time proportional to the part of the tree that changes. Every
 * node starts attached to the root by an artificial arc of a cost higher than any path
 * ({@code (max |cost| + 1) * nodes}); a feasible network ends with no flow on them.
 * Entering arcs are chosen by block search: the arcs are scanned in blocks of about
 * {@code sqrt(arcs)}, and the most negative reduced cost of the first block that has one
 * enters. Leaving arcs are chosen by the strongly feasible rule, which prevents cycling.
 *
 * <p>
 * <b>Complexity.</b> No polynomial bound is known for the pivot rule; in practice the
 * number of pivots is a small multiple of the number of nodes, each costing
 * {@code O(sqrt(arcs))} for the search plus the size of the changed subtree. Memory is
 * {@code O(nodes + arcs)}.
 *
 * <p>
 * Stateless: every call works on arrays of its own, so one instance may serve several
 * threads.
 */
public final class NetworkSimplex implements MinCostFlowSolver {

    @Override
    public FlowSolution solve(FlowNetwork network) {
        Run run = new Run(network);
        run.initialPivots();
        run.pivotUntilOptimal();
        return run.solution();
    }

    /** The working state of one solve. */
    private static final class Run {

        private static final byte STATE_UPPER = -1;

        private static final byte STATE_TREE = 0;

        private static final byte STATE_LOWER = 1;

        private static final long INF = Long.MAX_VALUE;

        private static final int MIN_BLOCK_SIZE = 10;

        private final FlowNetwork network;

        private final int nodeCount;

        private final int arcCount;

        private final int root;

        private final int[] source;

        private final int[] target;

        private final long[] cap;

        private final long[] cost;

        private final long[] flow;

        private final byte[] state;

        private final long[] pi;

        private final int[] parent;

        private final int[] pred;

        private final int[] thread;

        private final int[] revThread;

        private final int[] succNum;

        private final int[] lastSucc;

        private final byte[] predDir;

        private final int[] dirtyRevs;

        private final int blockSize;

        private int nextArc;

        private int inArc;

        private int join;

        private int uIn;

        private int vIn;

        private int uOut;

        private long delta;

        Run(FlowNetwork network) {
            this.network = network;
            this.nodeCount = network.nodeCount();
            this.arcCount = network.arcCount();
            this.root = nodeCount;
            int allArcs = arcCount + nodeCount;
            int allNodes = nodeCount + 1;
            source = new int[allArcs];
            target = new int[allArcs];
            cap = new long[allArcs];
            cost = new long[allArcs];
            flow = new long[allArcs];
            state = new byte[allArcs];
            pi = new long[allNodes];
            parent = new int[allNodes];
            pred = new int[allNodes];
            thread = new int[allNodes];
            revThread = new int[allNodes];
            succNum = new int[allNodes];
            lastSucc = new int[allNodes];
            predDir = new byte[allNodes];
            dirtyRevs = new int[allNodes];
            blockSize = Math.max((int) Math.sqrt(arcCount), MIN_BLOCK_SIZE);
            initialTree(artificialCost());
        }

        private long artificialCost() {
            try {
                return Math.multiplyExact(network.maxAbsCost() + 1, (long) Math.max(nodeCount, 1));
            }
            catch (ArithmeticException e) {
                throw new IllegalArgumentException("arc costs are too large for exact arithmetic", e);
            }
        }

        /**
         * Every real arc at its lower bound; every node hangs from the root by an
         * artificial arc.
         */
        private void initialTree(long artificialCost) {
            for (int arc = 0; arc < arcCount; arc++) {
                source[arc] = network.tail(arc);
                target[arc] = network.head(arc);
                cap[arc] = network.capacity(arc);
                cost[arc] = network.cost(arc);
                state[arc] = STATE_LOWER;
            }
            parent[root] = -1;
            pred[root] = -1;
            thread[root] = 0;
            revThread[0] = root;
            succNum[root] = nodeCount + 1;
            lastSucc[root] = root - 1;
            pi[root] = 0;
            for (int u = 0, e = arcCount; u < nodeCount; u++, e++) {
                parent[u] = root;
                pred[u] = e;
                thread[u] = u + 1;
                revThread[u + 1] = u;
                succNum[u] = 1;
                lastSucc[u] = u;
                cap[e] = INF;
                state[e] = STATE_TREE;
                long supply = network.supply(u);
                if (supply >= 0) {
                    predDir[u] = 1;
                    pi[u] = 0;
                    source[e] = u;
                    target[e] = root;
                    flow[e] = supply;
                    cost[e] = 0;
                }
                else {
                    predDir[u] = -1;
                    pi[u] = artificialCost;
                    source[e] = root;
                    target[e] = u;
                    flow[e] = -supply;
                    cost[e] = artificialCost;
                }
            }
        }

        /**
         * LEMON's start heuristic: with one supply and one demand node, pivot in the arcs
         * of a path wide enough for the whole supply; otherwise the cheapest arc into
         * each demand node.
         */
        void initialPivots() {
            List<Integer> supplyNodes = new ArrayList<>();
            List<Integer> demandNodes = new ArrayList<>();
            long total = 0;
            for (int u = 0; u < nodeCount; u++) {
                long s = network.supply(u);
                if (s > 0) {
                    total += s;
                    supplyNodes.add(u);
                }
                else if (s < 0) {
                    demandNodes.add(u);
                }
            }
            if (total <= 0) {
                return;
            }
            int[] inStart = new int[nodeCount + 1];
            int[] inArcs = incomingArcs(inStart);
            List<Integer> arcs = supplyNodes.size() == 1 && demandNodes.size() == 1
                    ? widePath(supplyNodes.get(0), demandNodes.get(0), total, inStart, inArcs)
                    : cheapestIncoming(demandNodes, inStart, inArcs);
            for (int arc : arcs) {
                inArc = arc;
                if (state[arc] * (cost[arc] + pi[source[arc]] - pi[target[arc]]) >= 0) {
                    continue;
                }
                pivot();
            }
        }

        private int[] incomingArcs(int[] start) {
            for (int arc = 0; arc < arcCount; arc++) {
                start[target[arc] + 1]++;
            }
            for (int u = 0; u < nodeCount; u++) {
                start[u + 1] += start[u];
            }
            int[] fill = start.clone();
            int[] arcs = new int[arcCount];
            for (int arc = 0; arc < arcCount; arc++) {
                arcs[fill[target[arc]]++] = arc;
            }
            return arcs;
        }

        private List<Integer> widePath(int s, int t, long total, int[] inStart, int[] inArcs) {
            List<Integer> arcs = new ArrayList<>();
            boolean[] reached = new boolean[nodeCount];
            int[] stack = new int[nodeCount];
            int top = 0;
            reached[t] = true;
            stack[top++] = t;
            while (top > 0) {
                int v = stack[--top];
                if (v == s) {
                    break;
                }
                for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                    int arc = inArcs[i];
                    int u = source[arc];
                    if (!reached[u] && cap[arc] >= total) {
                        arcs.add(arc);
                        reached[u] = true;
                        stack[top++] = u;
                    }
                }
            }
            return arcs;
        }

        private List<Integer> cheapestIncoming(List<Integer> demandNodes, int[] inStart, int[] inArcs) {
            List<Integer> arcs = new ArrayList<>();
            for (int v : demandNodes) {
                int best = -1;
                for (int i = inStart[v]; i < inStart[v + 1]; i++) {
                    int arc = inArcs[i];
                    if (best < 0 || cost[arc] < cost[best]) {
                        best = arc;
                    }
                }
                if (best >= 0) {
                    arcs.add(best);
                }
            }
            return arcs;
        }

        void pivotUntilOptimal() {
            while (findEnteringArc()) {
                pivot();
            }
            for (int e = arcCount; e < arcCount + nodeCount; e++) {
                if (flow[e] != 0) {
                    throw new IllegalArgumentException("the network has no flow that meets its supplies");
                }
            }
        }

        private void pivot() {
            findJoinNode();
            boolean change = findLeavingArc();
            if (delta == INF) {
                throw new IllegalArgumentException("the cost is unbounded");
            }
            changeFlow(change);
            if (change) {
                updateTreeStructure();
                updatePotential();
            }
        }

        /**
         * Block search: the most negative reduced cost within the first block that has
         * one.
         */
        private boolean findEnteringArc() {
            long min = 0;
            int count = blockSize;
            int e;
            for (e = nextArc; e < arcCount; e++) {
                long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
                if (c < min) {
                    min = c;
                    inArc = e;
                }
                if (--count == 0) {
                    if (min < 0) {
                        nextArc = e + 1 == arcCount ? 0 : e + 1;
                        return true;
                    }
                    count = blockSize;
                }
            }
            for (e = 0; e < nextArc; e++) {
                long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
                if (c < min) {
                    min = c;
                    inArc = e;
                }
                if (--count == 0) {
                    if (min < 0) {
                        nextArc = e + 1;
                        return true;
                    }
                    count = blockSize;
                }
            }
            if (min >= 0) {
                return false;
            }
            nextArc = e == arcCount ? 0 : e;
            return true;
        }

        private void findJoinNode() {
            int u = source[inArc];
            int v = target[inArc];
            while (u != v) {
                if (succNum[u] < succNum[v]) {
                    u = parent[u];
                }
                else {
                    v = parent[v];
                }
            }
            join = u;
        }

        /**
         * The leaving arc by the strongly feasible rule; false if the entering arc itself
         * leaves.
         */
        private boolean findLeavingArc() {
            int first;
            int second;
            if (state[inArc] == STATE_LOWER) {
                first = source[inArc];
                second = target[inArc];
            }
            else {
                first = target[inArc];
                second = source[inArc];
            }
            delta = cap[inArc];
            int result = 0;
            for (int u = first; u != join; u = parent[u]) {
                int e = pred[u];
                long d = flow[e];
                if (predDir[u] == -1) {
                    d = cap[e] == INF ? INF : cap[e] - d;
                }
                if (d < delta) {
                    delta = d;
                    uOut = u;
                    result = 1;
                }
            }
            for (int u = second; u != join; u = parent[u]) {
                int e = pred[u];
                long d = flow[e];
                if (predDir[u] == 1) {
                    d = cap[e] == INF ? INF : cap[e] - d;
                }
                if (d <= delta) {
                    delta = d;
                    uOut = u;
                    result = 2;
                }
            }
            if (result == 1) {
                uIn = first;
                vIn = second;
            }
            else {
                uIn = second;
                vIn = first;
            }
            return result != 0;
        }

        private void changeFlow(boolean change) {
            if (delta > 0) {
                long val = state[inArc] * delta;
                flow[inArc] += val;
                for (int u = source[inArc]; u != join; u = parent[u]) {
                    flow[pred[u]] -= predDir[u] * val;
                }
                for (int u = target[inArc]; u != join; u = parent[u]) {
                    flow[pred[u]] += predDir[u] * val;
                }
            }
            if (change) {
                state[inArc] = STATE_TREE;
                state[pred[uOut]] = flow[pred[uOut]] == 0 ? STATE_LOWER : STATE_UPPER;
            }
            else {
                state[inArc] = (byte) -state[inArc];
            }
        }

        private void updateTreeStructure() {
            int oldRevThread = revThread[uOut];
            int oldSuccNum = succNum[uOut];
            int oldLastSucc = lastSucc[uOut];
            int vOut = parent[uOut];

            if (uIn == uOut) {
                parent[uIn] = vIn;
                pred[uIn] = inArc;
                predDir[uIn] = (byte) (uIn == source[inArc] ? 1 : -1);
                if (thread[vIn] != uOut) {
                    int after = thread[oldLastSucc];
                    thread[oldRevThread] = after;
                    revThread[after] = oldRevThread;
                    after = thread[vIn];
                    thread[vIn] = uOut;
                    revThread[uOut] = vIn;
                    thread[oldLastSucc] = after;
                    revThread[after] = oldLastSucc;
                }
            }
            else {
                rehangStem(oldRevThread, oldLastSucc, oldSuccNum);
            }

            int upLimitOut = lastSucc[join] == vIn ? join : -1;
            int lastSuccOut = lastSucc[uOut];
            for (int u = vIn; u != -1 && lastSucc[u] == vIn; u = parent[u]) {
                lastSucc[u] = lastSuccOut;
            }
            if (join != oldRevThread && vIn != oldRevThread) {
                for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
                    lastSucc[u] = oldRevThread;
                }
            }
            else if (lastSuccOut != oldLastSucc) {
                for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
                    lastSucc[u] = lastSuccOut;
                }
            }
            for (int u = vIn; u != join; u = parent[u]) {
                succNum[u] += oldSuccNum;
            }
            for (int u = vOut; u != join; u = parent[u]) {
                succNum[u] -= oldSuccNum;
            }
        }

        /**
         * Reverses the stem from uIn to uOut and hangs it from vIn, fixing the thread
         * order.
         */
        private void rehangStem(int oldRevThread, int oldLastSucc, int oldSuccNum) {
            int threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn];
            int stem = uIn;
            int parStem = vIn;
            int last = lastSucc[uIn];
            int after = thread[last];
            thread[vIn] = uIn;
            int dirty = 0;
            dirtyRevs[dirty++] = vIn;
            while (stem != uOut) {
                int nextStem = parent[stem];
                thread[last] = nextStem;
                dirtyRevs[dirty++] = last;
                int before = revThread[stem];
                thread[before] = after;
                revThread[after] = before;
                parent[stem] = parStem;
                parStem = stem;
                stem = nextStem;
                last = lastSucc[stem] == lastSucc[parStem] ? revThread[parStem] : lastSucc[stem];
                after = thread[last];
            }
            parent[uOut] = parStem;
            thread[last] = threadContinue;
            revThread[threadContinue] = last;
            lastSucc[uOut] = last;
            if (oldRevThread != vIn) {
                thread[oldRevThread] = after;
                revThread[after] = oldRevThread;
            }
            for (int i = 0; i < dirty; i++) {
                int u = dirtyRevs[i];
                revThread[thread[u]] = u;
            }
            int tmpSc = 0;
            int tmpLs = lastSucc[uOut];
            for (int u = uOut, p = parent[u]; u != uIn; u = p, p = parent[u]) {
                pred[u] = pred[p];
                predDir[u] = (byte) -predDir[p];
                tmpSc += succNum[u] - succNum[p];
                succNum[u] = tmpSc;
                lastSucc[p] = tmpLs;
            }
            pred[uIn] = inArc;
            predDir[uIn] = (byte) (uIn == source[inArc] ? 1 : -1);
            succNum[uIn] = oldSuccNum;
        }

        private void updatePotential() {
            long sigma = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc];
            int end = thread[lastSucc[uIn]];
            for (int u = uIn; u != end; u = thread[u]) {
                pi[u] += sigma;
            }
        }

        FlowSolution solution() {
            long[] result = new long[arcCount];
            System.arraycopy(flow, 0, result, 0, arcCount);
            return new FlowSolution(result, network.costOf(result));
        }

    }

}
