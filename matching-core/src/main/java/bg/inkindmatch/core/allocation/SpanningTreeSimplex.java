package bg.inkindmatch.core.allocation;

import java.util.Arrays;

/**
 * The primal network simplex method for minimum-cost flow, written from the textbook: R.
 * K. Ahuja, T. L. Magnanti and J. B. Orlin, <i>Network Flows: Theory, Algorithms, and
 * Applications</i>, Prentice Hall 1993, chapter 11, with the strongly feasible trees of
 * W. H. Cunningham, "A network simplex method", <i>Mathematical Programming</i> 11 (1976)
 * 105-116, and block pricing after M. D. Grigoriadis, "An efficient implementation of the
 * network simplex method", <i>Mathematical Programming Study</i> 26 (1986) 83-111.
 *
 * <p>
 * <b>The basis.</b> Every node with a supply or a demand hangs from an artificial root by
 * an artificial arc of cost {@code M = (max |cost| + 1) * (nodes + 1)}, dearer than any
 * path of real arcs, carrying the node's supply towards the root or its demand away from
 * it. A node with neither (an offer, need or centre of the allocation network) hangs
 * instead, where it can, by a real arc that leads from it to a node already in the tree
 * (found breadth first from the others, against the arcs): such an arc carries nothing
 * and points towards the root, so the first tree is strongly feasible, and the node's
 * potential starts as a real path cost rather than {@code M}; on the allocation networks
 * this crash start took a fifth to two fifths off the solve. The rest hang from the root
 * by artificial arcs that carry nothing. The arcs of the spanning tree are the basis;
 * every other arc sits at its lower bound (no flow) or its upper bound (full). Node
 * potentials make every tree arc's reduced cost
 * {@code cost - potential(tail) + potential(head)} zero.
 *
 * <p>
 * <b>Invariants</b>, true before and after every pivot:
 * <ol>
 * <li>the flow meets every supply and demand and stays within every capacity;</li>
 * <li>the tree is strongly feasible: from any node a positive amount of flow can be sent
 * to the root along its tree path (an arc towards the root can take more, an arc away
 * from it carries some);</li>
 * <li>the tree is kept as a parent, the arc to the parent and a depth per node, and a
 * doubly linked list of the nodes in preorder (each node followed by its whole subtree),
 * so that a subtree is a run of the list and its end is the first node not deeper than
 * its top.</li>
 * </ol>
 *
 * <p>
 * <b>A pivot.</b> An arc that violates its optimality condition (at its lower bound with
 * a negative reduced cost, or at its upper bound with a positive one) enters. It closes a
 * cycle with the tree paths of its two ends up to their common ancestor, the apex. The
 * flow on the cycle changes by the most it allows, in the direction that lowers the cost.
 * Of the arcs that then block, the one that leaves is the last met when the cycle is
 * walked from the apex in that direction: Cunningham's rule, which keeps the tree
 * strongly feasible and so rules out cycling through degenerate pivots. The subtree cut
 * off by the leaving arc is hung from the entering arc: the parents along the path from
 * the leaving arc down to the entering arc turn round, and the subtree's new preorder is
 * a sequence of runs of its old one (the old subtree of the entering arc's end, then each
 * node up that path followed by the rest of its old subtree), so that only the ends of
 * the runs are relinked; its potentials and depths change in one pass each, in time
 * proportional to its size.
 *
 * <p>
 * <b>Pricing.</b> A candidate list of block winners, after the candidate lists of J. M.
 * Mulvey, "Pivot strategies for primal-simplex network codes", <i>Journal of the ACM</i>
 * 25 (1978) 266-270, and the block pricing of Grigoriadis (above): a major iteration
 * scans the arcs in blocks of {@code max(sqrt(arcs) / 8, nodes / 50)} arcs (on large
 * networks a pivot moves large subtrees, and a better entering arc pays for more
 * pricing), from where the last scan stopped, and keeps the most violating arc of each
 * block until it holds {@value Pivoting#LIST_SIZE} of them; minor iterations then pivot
 * on the most violating arc still on the list, at most {@value Pivoting#MINOR_PIVOTS}
 * times, before the next scan. The list keeps each arc's ends and cost, so that a minor
 * iteration reads only the potentials, and pricing sees an arc at its upper bound turned
 * round with its cost negated, so that every violation is a plain reduced cost below
 * zero. Degenerate networks, where most pivots move no flow, spend their time pricing;
 * the list prices a few dozen arcs per pivot there instead of a whole block, and the
 * scans still find the strongly violating arcs of wide cost ranges. From 50,000 nodes on,
 * where each pivot's tree update is dear, every pivot takes the best arc of the first
 * block of {@code 4 sqrt(arcs)} arcs that has one (plain block search).
 *
 * <p>
 * <b>The end.</b> When no arc violates its condition, the flow is optimal for the network
 * with the artificial arcs; if one of them still carries flow, no feasible flow exists
 * (the cost {@code M} makes any real path cheaper). Integer arithmetic throughout: the
 * optimum is exact, and the same network always gives the same flow.
 *
 * <p>
 * Stateless: every call works on arrays of its own, so one instance may serve several
 * threads.
 */
public final class SpanningTreeSimplex implements MinCostFlowSolver {

    /**
     * Pivots allowed per node and arc before a solve gives up: far beyond what any
     * network has needed (a few dozen per node), so that only a pivoting that never ends
     * reaches it.
     */
    private static final long PIVOTS_PER_ELEMENT = 1_000;

    private final long pivotLimit;

    /** A solver that allows {@value #PIVOTS_PER_ELEMENT} pivots per node and arc. */
    public SpanningTreeSimplex() {
        this(-1);
    }

    /**
     * A solver with a pivot limit of its own, for tests of the guard.
     * @param pivotLimit the most pivots of one solve, or -1 for the default
     */
    SpanningTreeSimplex(long pivotLimit) {
        this.pivotLimit = pivotLimit;
    }

    /**
     * {@inheritDoc}
     * @throws IllegalStateException if the pivots exceed the limit, which only a pivoting
     * that cycles would reach
     */
    @Override
    public FlowSolution solve(FlowNetwork network) {
        long limit = (pivotLimit >= 0) ? pivotLimit
                : PIVOTS_PER_ELEMENT * ((long) network.nodeCount() + network.arcCount() + 1);
        Pivoting pivoting = new Pivoting(network);
        pivoting.untilOptimal(limit);
        return pivoting.solution();
    }

    /** One solve: the flow, the tree and the potentials as they change. */
    private static final class Pivoting {

        /** An arc at its lower bound: its flow may grow. */
        private static final byte AT_LOWER = 1;

        /** An arc at its upper bound: its flow may shrink. */
        private static final byte AT_UPPER = -1;

        /** A tree arc, or an arc that can carry nothing: never priced. */
        private static final byte NOT_PRICED = 0;

        private static final long UNLIMITED = Long.MAX_VALUE;

        /** Above any difference of two potentials, and far from overflow. */
        private static final long NEVER_VIOLATES = Long.MAX_VALUE / 4;

        private static final int SMALLEST_BLOCK = 16;

        static final int LIST_SIZE = 64;

        static final int MINOR_PIVOTS = 32;

        /**
         * On large networks a pivot moves large subtrees, so a better entering arc pays
         * for more pricing: the blocks grow with the nodes, one arc per this many nodes.
         */
        private static final int NODES_PER_BLOCK_ARC = 50;

        /**
         * From this many nodes on, a pivot's tree update costs so much that the best arc
         * of a big block ({@value #LARGE_BLOCKS} sqrt(arcs)) is worth its pricing every
         * time: the list's minor pivots, stale by then, doubled the pivots of a
         * 100,000-node network.
         */
        private static final int LARGE_NETWORK = 50_000;

        private static final int LARGE_BLOCKS = 4;

        private final int realArcs;

        private final int root;

        private final int[] tail;

        private final int[] head;

        private final long[] capacity;

        private final long[] cost;

        private final long[] flow;

        private final byte[] bound;

        private final int[] pricedTail;

        private final int[] pricedHead;

        private final long[] pricedCost;

        private final int[] parent;

        private final int[] parentArc;

        private final int[] depth;

        private final int[] next;

        private final int[] previous;

        private final long[] potential;

        /**
         * The moved subtree in its old preorder, the old depth at each place, and each of
         * its nodes' place.
         */
        private final int[] oldOrder;

        private final int[] depthAt;

        private final int[] place;

        /**
         * The new preorder as runs of the old one, [start, end) places, and what each
         * run's depths change by.
         */
        private final int[] runStart;

        private final int[] runEnd;

        private final int[] runDepthChange;

        private final int blockSize;

        private final int listSize;

        private final int minorPivots;

        private int pricingStart;

        /** The candidate list: arcs that violated their condition when last priced. */
        private final int[] candidates = new int[LIST_SIZE];

        private final int[] candidateTail = new int[LIST_SIZE];

        private final int[] candidateHead = new int[LIST_SIZE];

        private final long[] candidateCost = new long[LIST_SIZE];

        private int candidateCount;

        private int minorPivotsLeft;

        Pivoting(FlowNetwork network) {
            int nodes = network.nodeCount();
            realArcs = network.arcCount();
            root = nodes;
            int arcs = realArcs + nodes;
            tail = new int[arcs];
            head = new int[arcs];
            capacity = new long[arcs];
            cost = new long[arcs];
            flow = new long[arcs];
            bound = new byte[arcs];
            pricedTail = new int[realArcs];
            pricedHead = new int[realArcs];
            pricedCost = new long[realArcs];
            parent = new int[nodes + 1];
            parentArc = new int[nodes + 1];
            depth = new int[nodes + 1];
            next = new int[nodes + 1];
            previous = new int[nodes + 1];
            potential = new long[nodes + 1];
            oldOrder = new int[nodes + 1];
            depthAt = new int[nodes + 1];
            place = new int[nodes + 1];
            runStart = new int[3 * nodes + 1];
            runEnd = new int[3 * nodes + 1];
            runDepthChange = new int[3 * nodes + 1];
            if (nodes >= LARGE_NETWORK) {
                // plain block search: one candidate per scan, no minor pivots, big blocks
                listSize = 1;
                minorPivots = 0;
                blockSize = Math.max(SMALLEST_BLOCK, (int) (LARGE_BLOCKS * Math.sqrt(realArcs)));
            }
            else {
                listSize = LIST_SIZE;
                minorPivots = MINOR_PIVOTS;
                blockSize = Math.max(SMALLEST_BLOCK,
                        Math.max((int) (Math.sqrt(realArcs) / 8), nodes / NODES_PER_BLOCK_ARC));
            }
            copyRealArcs(network);
            hangEveryNodeFromTheRoot(network);
            hangTransshipmentNodesByRealArcs(network);
        }

        /**
         * A better first basis: a node without supply or demand need not hang from the
         * root by an artificial arc. Going out from the nodes that do (breadth first,
         * against the direction of the arcs), each such node hangs instead by a real arc
         * that leads from it to a node already in the tree: the arc points towards the
         * root and carries nothing, so it can take more and the tree stays strongly
         * feasible, while the node's potential is a real path cost instead of {@code M}.
         * The flow does not change.
         */
        private void hangTransshipmentNodesByRealArcs(FlowNetwork network) {
            int nodes = root;
            int[] firstIn = new int[nodes + 1];
            for (int arc = 0; arc < realArcs; arc++) {
                firstIn[head[arc] + 1]++;
            }
            for (int node = 0; node < nodes; node++) {
                firstIn[node + 1] += firstIn[node];
            }
            int[] incoming = new int[realArcs];
            int[] filled = Arrays.copyOf(firstIn, nodes);
            for (int arc = 0; arc < realArcs; arc++) {
                incoming[filled[head[arc]]++] = arc;
            }
            int[] queue = new int[nodes];
            int queued = 0;
            boolean[] hung = new boolean[nodes];
            for (int node = 0; node < nodes; node++) {
                if (network.supply(node) != 0) {
                    hung[node] = true;
                    queue[queued++] = node;
                }
            }
            boolean changed = false;
            for (int at = 0; at < queued; at++) {
                int node = queue[at];
                for (int i = firstIn[node]; i < firstIn[node + 1]; i++) {
                    int arc = incoming[i];
                    int child = tail[arc];
                    if (!hung[child] && capacity[arc] > 0) {
                        hung[child] = true;
                        queue[queued++] = child;
                        parent[child] = node;
                        parentArc[child] = arc;
                        potential[child] = cost[arc] + potential[node];
                        bound[arc] = NOT_PRICED;
                        orient(arc);
                        changed = true;
                    }
                }
            }
            if (changed) {
                numberInPreorder();
            }
        }

        /** Depths and the preorder list from the parents, by a depth-first walk. */
        private void numberInPreorder() {
            int nodes = root;
            int[] firstChild = new int[nodes + 2];
            for (int node = 0; node < nodes; node++) {
                firstChild[parent[node] + 1]++;
            }
            for (int node = 0; node <= nodes; node++) {
                firstChild[node + 1] += firstChild[node];
            }
            int[] children = new int[nodes];
            int[] filled = Arrays.copyOf(firstChild, nodes + 1);
            for (int node = 0; node < nodes; node++) {
                children[filled[parent[node]]++] = node;
            }
            int[] stack = new int[nodes + 1];
            int top = 0;
            stack[top++] = root;
            depth[root] = 0;
            int last = -1;
            while (top > 0) {
                int node = stack[--top];
                if (last >= 0) {
                    next[last] = node;
                    previous[node] = last;
                }
                last = node;
                for (int i = firstChild[node + 1] - 1; i >= firstChild[node]; i--) {
                    int child = children[i];
                    depth[child] = depth[node] + 1;
                    stack[top++] = child;
                }
            }
            next[last] = root;
            previous[root] = last;
        }

        private void copyRealArcs(FlowNetwork network) {
            for (int arc = 0; arc < realArcs; arc++) {
                tail[arc] = network.tail(arc);
                head[arc] = network.head(arc);
                capacity[arc] = network.capacity(arc);
                cost[arc] = network.cost(arc);
                bound[arc] = (capacity[arc] > 0) ? AT_LOWER : NOT_PRICED;
                orient(arc);
            }
        }

        /**
         * The first basis: an artificial arc from each node with a supply to the root,
         * and from the root to each node with a demand; strongly feasible, as an arc
         * towards the root can always take more and an arc away from it carries the
         * demand.
         */
        private void hangEveryNodeFromTheRoot(FlowNetwork network) {
            int nodes = root;
            long dear = Math.multiplyExact(network.maxAbsCost() + 1, (long) nodes + 1);
            // potentials stay within a few times dear: keep them far below NEVER_VIOLATES
            Math.multiplyExact(dear, 64);
            for (int node = 0; node < nodes; node++) {
                int arc = realArcs + node;
                long supply = network.supply(node);
                if (supply >= 0) {
                    tail[arc] = node;
                    head[arc] = root;
                    flow[arc] = supply;
                    potential[node] = dear;
                }
                else {
                    tail[arc] = root;
                    head[arc] = node;
                    flow[arc] = -supply;
                    potential[node] = -dear;
                }
                capacity[arc] = UNLIMITED;
                cost[arc] = dear;
                bound[arc] = NOT_PRICED;
                parent[node] = root;
                parentArc[node] = arc;
                depth[node] = 1;
                next[node] = node + 1;
                previous[node] = (node == 0) ? root : node - 1;
            }
            parent[root] = -1;
            parentArc[root] = -1;
            next[root] = (nodes == 0) ? root : 0;
            previous[root] = (nodes == 0) ? root : nodes - 1;
            if (nodes > 0) {
                next[nodes - 1] = root;
            }
        }

        void untilOptimal(long pivotLimit) {
            long pivots = 0;
            for (int entering = enteringArc(); entering >= 0; entering = enteringArc()) {
                if (++pivots > pivotLimit) {
                    throw new IllegalStateException("no optimum after " + pivotLimit + " pivots: the pivoting cycles");
                }
                pivot(entering);
            }
            for (int arc = realArcs; arc < flow.length; arc++) {
                if (flow[arc] > 0) {
                    throw new IllegalArgumentException("no flow meets the supplies within the capacities: node "
                            + (arc - realArcs) + " cannot send or receive " + flow[arc] + " units");
                }
            }
        }

        FlowSolution solution() {
            long[] realFlow = new long[realArcs];
            long total = 0;
            for (int arc = 0; arc < realArcs; arc++) {
                realFlow[arc] = flow[arc];
                total = Math.addExact(total, Math.multiplyExact(flow[arc], cost[arc]));
            }
            return new FlowSolution(realFlow, total);
        }

        private long reducedCost(int arc) {
            return cost[arc] - potential[tail[arc]] + potential[head[arc]];
        }

        /**
         * The most violating arc still on the candidate list, while minor pivots are
         * left; else a new list from a scan, and its best; -1 when no arc violates its
         * optimality condition.
         */
        private int enteringArc() {
            if (minorPivotsLeft > 0) {
                int chosen = bestCandidate();
                if (chosen >= 0) {
                    minorPivotsLeft--;
                    return chosen;
                }
            }
            scanForCandidates();
            minorPivotsLeft = minorPivots;
            return bestCandidate();
        }

        /**
         * Fills the list with the most violating arc of each block, from where the last
         * scan stopped, until the list is full or every arc was priced.
         */
        private void scanForCandidates() {
            candidateCount = 0;
            int arc = pricingStart;
            int blockBest = -1;
            long blockViolation = 0;
            int inBlock = 0;
            for (int scanned = 0; scanned < realArcs && candidateCount < listSize; scanned++) {
                long violation = pricedCost[arc] - potential[pricedTail[arc]] + potential[pricedHead[arc]];
                if (violation < blockViolation) {
                    blockViolation = violation;
                    blockBest = arc;
                }
                arc = (arc + 1 == realArcs) ? 0 : arc + 1;
                if (++inBlock == blockSize || scanned == realArcs - 1) {
                    if (blockBest >= 0) {
                        remember(candidateCount++, blockBest);
                    }
                    blockBest = -1;
                    blockViolation = 0;
                    inBlock = 0;
                }
            }
            pricingStart = arc;
        }

        /**
         * Writes the arc as pricing sees it: at its lower bound as it is, at its upper
         * bound turned round with the cost negated, so that its violation is always
         * {@code cost - potential(tail) + potential(head) < 0}; a tree arc's is zero
         * either way, and an arc that can carry nothing never violates.
         */
        private void orient(int arc) {
            if (capacity[arc] == 0) {
                pricedTail[arc] = tail[arc];
                pricedHead[arc] = head[arc];
                pricedCost[arc] = NEVER_VIOLATES;
            }
            else if (bound[arc] == AT_UPPER) {
                pricedTail[arc] = head[arc];
                pricedHead[arc] = tail[arc];
                pricedCost[arc] = -cost[arc];
            }
            else {
                pricedTail[arc] = tail[arc];
                pricedHead[arc] = head[arc];
                pricedCost[arc] = cost[arc];
            }
        }

        private void remember(int at, int arc) {
            candidates[at] = arc;
            candidateTail[at] = pricedTail[arc];
            candidateHead[at] = pricedHead[arc];
            candidateCost[at] = pricedCost[arc];
        }

        /**
         * The most violating arc on the list, which then leaves it; those that no longer
         * violate their condition leave it too.
         */
        private int bestCandidate() {
            int bestAt = -1;
            long bestViolation = 0;
            int at = 0;
            while (at < candidateCount) {
                long violation = candidateCost[at] - potential[candidateTail[at]] + potential[candidateHead[at]];
                if (violation >= 0) {
                    forget(at);
                    continue;
                }
                if (violation < bestViolation) {
                    bestViolation = violation;
                    bestAt = at;
                }
                at++;
            }
            if (bestAt < 0) {
                return -1;
            }
            int best = candidates[bestAt];
            // the chosen arc enters the tree or moves to its other bound: it no longer
            // violates
            forget(bestAt);
            return best;
        }

        /** Takes an arc off the list: the last one takes its place. */
        private void forget(int at) {
            int last = --candidateCount;
            candidates[at] = candidates[last];
            candidateTail[at] = candidateTail[last];
            candidateHead[at] = candidateHead[last];
            candidateCost[at] = candidateCost[last];
        }

        /**
         * Sends the most flow the entering arc's cycle allows and exchanges the leaving
         * arc for the entering one in the tree.
         */
        private void pivot(int entering) {
            boolean growing = bound[entering] == AT_LOWER;
            // the cycle runs apex -> ... -> from -> (entering) -> to -> ... -> apex
            int from = growing ? tail[entering] : head[entering];
            int to = growing ? head[entering] : tail[entering];
            int apex = apex(from, to);

            long change = capacity[entering];
            int leavingChild = -1;
            boolean leavesOnToSide = false;
            // towards from, the last blocking arc met from the apex is the deepest:
            // strict <
            long fromSide = UNLIMITED;
            int fromSideChild = -1;
            for (int node = from; node != apex; node = parent[node]) {
                long room = roomDownwards(node);
                if (room < fromSide) {
                    fromSide = room;
                    fromSideChild = node;
                }
            }
            // after to, the last met is the one nearest the apex: <=
            long toSide = UNLIMITED;
            int toSideChild = -1;
            for (int node = to; node != apex; node = parent[node]) {
                long room = roomUpwards(node);
                if (room <= toSide) {
                    toSide = room;
                    toSideChild = node;
                }
            }
            if (fromSide < change) {
                change = fromSide;
                leavingChild = fromSideChild;
            }
            if (toSideChild >= 0 && toSide <= change) {
                change = toSide;
                leavingChild = toSideChild;
                leavesOnToSide = true;
            }
            if (change == UNLIMITED) {
                throw new IllegalArgumentException("the cost is unbounded: a negative cycle of unlimited capacity");
            }
            push(entering, growing, from, to, apex, change);
            if (leavingChild < 0) {
                bound[entering] = growing ? AT_UPPER : AT_LOWER;
                orient(entering);
                return;
            }
            int leaving = parentArc[leavingChild];
            bound[leaving] = (flow[leaving] == 0) ? AT_LOWER : AT_UPPER;
            bound[entering] = NOT_PRICED;
            orient(entering);
            if (leaving < realArcs) {
                orient(leaving);
            }
            int inner = leavesOnToSide ? to : from;
            int outer = leavesOnToSide ? from : to;
            rehang(leavingChild, inner, outer, entering);
        }

        /** The common ancestor of two nodes. */
        private int apex(int first, int second) {
            int a = first;
            int b = second;
            while (a != b) {
                if (depth[a] > depth[b]) {
                    a = parent[a];
                }
                else if (depth[b] > depth[a]) {
                    b = parent[b];
                }
                else {
                    a = parent[a];
                    b = parent[b];
                }
            }
            return a;
        }

        /** How much more the cycle may send from a node's parent down to the node. */
        private long roomDownwards(int node) {
            int arc = parentArc[node];
            return (head[arc] == node) ? capacity[arc] - flow[arc] : flow[arc];
        }

        /** How much more the cycle may send from a node up to its parent. */
        private long roomUpwards(int node) {
            int arc = parentArc[node];
            return (tail[arc] == node) ? capacity[arc] - flow[arc] : flow[arc];
        }

        private void push(int entering, boolean growing, int from, int to, int apex, long change) {
            if (change == 0) {
                return;
            }
            flow[entering] += growing ? change : -change;
            for (int node = from; node != apex; node = parent[node]) {
                int arc = parentArc[node];
                flow[arc] += (head[arc] == node) ? change : -change;
            }
            for (int node = to; node != apex; node = parent[node]) {
                int arc = parentArc[node];
                flow[arc] += (tail[arc] == node) ? change : -change;
            }
        }

        /**
         * Hangs the subtree of {@code top} (cut off by the leaving arc above it) from
         * {@code outer} by the entering arc, re-rooted at {@code inner}, its end in the
         * subtree. The new preorder is a sequence of runs of the old one: the old subtree
         * of {@code inner}, then each node up to {@code top} followed by what remains of
         * its old subtree; only the ends of the runs are relinked.
         */
        private void rehang(int top, int inner, int outer, int entering) {
            long shift = (head[entering] == inner) ? -reducedCost(entering) : reducedCost(entering);
            int count = collectSubtree(top, shift);
            int runs = runsOfNewPreorder(top, inner, depth[outer] + 1 - depth[inner], count);
            turnParentsRound(top, inner, outer, entering);
            relink(outer, count, runs);
            for (int run = 0; run < runs; run++) {
                int change = runDepthChange[run];
                for (int at = runStart[run]; at < runEnd[run]; at++) {
                    depth[oldOrder[at]] = depthAt[at] + change;
                }
            }
        }

        /**
         * Walks the subtree of {@code top} in its preorder, noting each node's place and
         * depth, and shifts its potentials (every tree arc inside keeps its zero reduced
         * cost, and the entering arc gets one); its node count.
         */
        private int collectSubtree(int top, long shift) {
            int count = 0;
            int topDepth = depth[top];
            int node = top;
            int nodeDepth = topDepth;
            do {
                oldOrder[count] = node;
                depthAt[count] = nodeDepth;
                place[node] = count;
                potential[node] += shift;
                count++;
                node = next[node];
                nodeDepth = depth[node];
            }
            while (nodeDepth > topDepth);
            return count;
        }

        /**
         * The runs of the new preorder, with the change of depth of each: the nodes under
         * {@code inner} move by {@code innerChange}, and each step up the old path two
         * more, as that path turns round.
         */
        private int runsOfNewPreorder(int top, int inner, int innerChange, int count) {
            int below = inner;
            int belowEnd = subtreeEnd(place[inner], place[inner] + 1, count);
            int runs = addRun(0, place[inner], belowEnd, innerChange);
            int change = innerChange;
            while (below != top) {
                int node = parent[below];
                int at = place[node];
                int end = subtreeEnd(at, belowEnd, count);
                change += 2;
                runs = addRun(runs, at, at + 1, change);
                runs = addRun(runs, at + 1, place[below], change);
                runs = addRun(runs, belowEnd, end, change);
                below = node;
                belowEnd = end;
            }
            return runs;
        }

        /**
         * Where the old subtree of the node at place {@code at} ends, looking from
         * {@code from}.
         */
        private int subtreeEnd(int at, int from, int count) {
            int end = from;
            while (end < count && depthAt[end] > depthAt[at]) {
                end++;
            }
            return end;
        }

        private int addRun(int runs, int start, int end, int change) {
            if (start >= end) {
                return runs;
            }
            runStart[runs] = start;
            runEnd[runs] = end;
            runDepthChange[runs] = change;
            return runs + 1;
        }

        /**
         * Reverses the parents from {@code inner} up to {@code top}; inner's is outer
         * now.
         */
        private void turnParentsRound(int top, int inner, int outer, int entering) {
            int newParent = outer;
            int newArc = entering;
            int node = inner;
            while (true) {
                int oldParent = parent[node];
                int oldArc = parentArc[node];
                parent[node] = newParent;
                parentArc[node] = newArc;
                if (node == top) {
                    return;
                }
                newParent = node;
                newArc = oldArc;
                node = oldParent;
            }
        }

        /**
         * Takes the subtree out of the preorder list and puts its runs, in their new
         * order, right after {@code outer}, its new parent; inside a run the old links
         * stay.
         */
        private void relink(int outer, int count, int runs) {
            int before = previous[oldOrder[0]];
            int after = next[oldOrder[count - 1]];
            next[before] = after;
            previous[after] = before;
            int follower = next[outer];
            int linked = outer;
            for (int run = 0; run < runs; run++) {
                int first = oldOrder[runStart[run]];
                next[linked] = first;
                previous[first] = linked;
                linked = oldOrder[runEnd[run] - 1];
            }
            next[linked] = follower;
            previous[follower] = linked;
        }

    }

}
