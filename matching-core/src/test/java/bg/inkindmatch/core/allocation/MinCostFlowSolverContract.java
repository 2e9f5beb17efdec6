package bg.inkindmatch.core.allocation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every {@link MinCostFlowSolver} guarantees; each implementation runs these tests.
 */
abstract class MinCostFlowSolverContract {

    abstract MinCostFlowSolver solver();

    @Test
    void sendsFlowAlongTheCheaperOfTwoPaths() {
        FlowNetwork.Builder b = FlowNetwork.builder(4, 4);
        b.supply(0, 5).supply(3, -5);
        int cheapFirst = b.arc(0, 1, 3, 1);
        int cheapSecond = b.arc(1, 3, 3, 1);
        int dearFirst = b.arc(0, 2, 10, 5);
        int dearSecond = b.arc(2, 3, 10, 5);
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.flow(cheapFirst)).isEqualTo(3);
        assertThat(solution.flow(cheapSecond)).isEqualTo(3);
        assertThat(solution.flow(dearFirst)).isEqualTo(2);
        assertThat(solution.flow(dearSecond)).isEqualTo(2);
        assertThat(solution.cost()).isEqualTo(3 * 2 + 2 * 10);
    }

    @Test
    void solvesAClassicTransportationProblem() {
        // Two plants (supply 20, 30), three markets (demand 10, 25, 15); cost matrix by
        // hand:
        // m1 m2 m3
        // p1 8 6 10
        // p2 9 12 13
        // Optimum: p1->m2 20, p2->m1 10, p2->m2 5, p2->m3 15: 120 + 90 + 60 + 195 = 465.
        FlowNetwork.Builder b = FlowNetwork.builder(5, 6);
        b.supply(0, 20).supply(1, 30).supply(2, -10).supply(3, -25).supply(4, -15);
        long[][] cost = { { 8, 6, 10 }, { 9, 12, 13 } };
        for (int p = 0; p < 2; p++) {
            for (int m = 0; m < 3; m++) {
                b.arc(p, 2 + m, 100, cost[p][m]);
            }
        }
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.cost()).isEqualTo(465);
    }

    @Test
    void takesNegativeCostArcsAsFarAsCapacityAllows() {
        FlowNetwork.Builder b = FlowNetwork.builder(3, 3);
        b.supply(0, 10).supply(2, -10);
        int valuable = b.arc(0, 1, 4, -7);
        b.arc(1, 2, 10, 0);
        int bypass = b.arc(0, 2, 10, 0);
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.flow(valuable)).isEqualTo(4);
        assertThat(solution.flow(bypass)).isEqualTo(6);
        assertThat(solution.cost()).isEqualTo(-28);
    }

    @Test
    void refusesANetworkWhoseSupplyCannotReachItsDemand() {
        FlowNetwork.Builder b = FlowNetwork.builder(3, 2);
        b.supply(0, 5).supply(2, -5);
        b.arc(0, 1, 5, 1);
        b.arc(1, 2, 3, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> solver().solve(b.build()));
    }

    @Test
    void solvesAnEmptyNetwork() {
        FlowSolution solution = solver().solve(FlowNetwork.builder(2, 0).build());

        assertThat(solution.cost()).isZero();
    }

    @Test
    void solvesANetworkWhereEveryArcCostsTheSame() {
        FlowNetwork.Builder b = FlowNetwork.builder(6, 9);
        for (int node = 0; node < 3; node++) {
            b.supply(node, 5).supply(3 + node, -5);
            for (int market = 3; market < 6; market++) {
                b.arc(node, market, 10, 1);
            }
        }
        FlowNetwork network = b.build();
        FlowSolution solution = solver().solve(network);

        assertThat(network.isFeasible(solution.flows())).isTrue();
        assertThat(solution.cost()).isEqualTo(15);
    }

    @Test
    void anArcWithoutCapacityCarriesNothingHoweverCheap() {
        FlowNetwork.Builder b = FlowNetwork.builder(2, 2);
        b.supply(0, 4).supply(1, -4);
        int closed = b.arc(0, 1, 0, -100);
        int open = b.arc(0, 1, 4, 3);
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.flow(closed)).isZero();
        assertThat(solution.flow(open)).isEqualTo(4);
        assertThat(solution.cost()).isEqualTo(12);
    }

    @Test
    void solvesASingleNodeAndDisconnectedParts() {
        assertThat(solver().solve(FlowNetwork.builder(1, 0).build()).cost()).isZero();

        FlowNetwork.Builder b = FlowNetwork.builder(6, 4);
        b.supply(0, 3).supply(1, -3).supply(3, 2).supply(5, -2);
        b.arc(0, 1, 5, 2);
        b.arc(3, 4, 5, 1);
        b.arc(4, 5, 5, 1);
        b.arc(2, 1, 5, 7);
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.cost()).isEqualTo(3 * 2 + 2 * 2);
    }

    @Test
    void sendsWhatIsNotNeededThroughTheBypassWhenSupplyFarExceedsDemand() {
        // the allocation network's shape: a source with far more than the needs take, a
        // free bypass to the sink
        FlowNetwork.Builder b = FlowNetwork.builder(4, 4);
        b.supply(0, 1_000).supply(3, -1_000);
        int offer = b.arc(0, 1, 1_000, 0);
        int candidate = b.arc(1, 2, 7, -50);
        int need = b.arc(2, 3, 7, 0);
        int bypass = b.arc(0, 3, 1_000, 0);
        FlowSolution solution = solver().solve(b.build());

        assertThat(solution.flow(candidate)).isEqualTo(7);
        assertThat(solution.flow(offer)).isEqualTo(7);
        assertThat(solution.flow(need)).isEqualTo(7);
        assertThat(solution.flow(bypass)).isEqualTo(993);
        assertThat(solution.cost()).isEqualTo(-350);
    }

    /**
     * Networks where nearly every pivot of a simplex is degenerate (no inner node has a
     * supply, the costs are few and equal): the solve ends, within the time limit, at the
     * reference's optimum.
     */
    @Test
    void endsOnHighlyDegenerateNetworks() {
        Random random = new Random(7L);
        MinCostFlowSolver reference = new JGraphTMinCostFlowSolver();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 100; round++) {
                FlowNetwork network = degenerateNetwork(random);
                FlowSolution solution = solver().solve(network);

                assertThat(network.isFeasible(solution.flows())).isTrue();
                assertThat(solution.cost()).as("round %d", round).isEqualTo(reference.solve(network).cost());
            }
        });
    }

    /**
     * A source and a sink with a layer of offers and a layer of needs between, all with
     * no supply of their own, arcs of cost 0 or -1 and a free bypass.
     */
    private static FlowNetwork degenerateNetwork(Random random) {
        int offers = 2 + random.nextInt(15);
        int needs = 2 + random.nextInt(15);
        int source = 0;
        int sink = 1 + offers + needs;
        FlowNetwork.Builder b = FlowNetwork.builder(sink + 1, offers * needs + offers + needs + 1);
        long total = 0;
        for (int offer = 1; offer <= offers; offer++) {
            long amount = 1 + random.nextInt(3);
            total += amount;
            b.arc(source, offer, amount, 0);
            for (int need = 1 + offers; need < sink; need++) {
                if (random.nextInt(3) > 0) {
                    b.arc(offer, need, 1 + random.nextInt(3), -random.nextInt(2));
                }
            }
        }
        for (int need = 1 + offers; need < sink; need++) {
            b.arc(need, sink, 1 + random.nextInt(3), 0);
        }
        b.arc(source, sink, total, 0);
        return b.supply(source, total).supply(sink, -total).build();
    }

    @Test
    void agreesWithTheReferenceOnRandomNetworks() {
        Random random = new Random(20261125L);
        MinCostFlowSolver reference = new JGraphTMinCostFlowSolver();
        for (int round = 0; round < 200; round++) {
            FlowNetwork network = randomFeasibleNetwork(random);
            FlowSolution solution = solver().solve(network);

            assertThat(network.isFeasible(solution.flows())).as("feasible in round %d", round).isTrue();
            assertThat(solution.cost()).as("cost in round %d", round).isEqualTo(reference.solve(network).cost());
        }
    }

    /**
     * A random acyclic network with negative and positive costs, made feasible by an
     * expensive bypass.
     */
    static FlowNetwork randomFeasibleNetwork(Random random) {
        int nodes = 2 + random.nextInt(30);
        FlowNetwork.Builder b = FlowNetwork.builder(nodes, nodes * 4);
        long[] supply = new long[nodes];
        for (int i = 0; i < nodes / 2; i++) {
            int from = random.nextInt(nodes - 1);
            int to = from + 1 + random.nextInt(nodes - from - 1);
            long amount = 1 + random.nextInt(20);
            supply[from] += amount;
            supply[to] -= amount;
            b.arc(from, to, amount, 10_000);
        }
        int arcs = random.nextInt(nodes * 4);
        for (int i = 0; i < arcs; i++) {
            int from = random.nextInt(nodes - 1);
            int to = from + 1 + random.nextInt(nodes - from - 1);
            b.arc(from, to, random.nextInt(30), random.nextInt(201) - 100);
        }
        for (int node = 0; node < nodes; node++) {
            b.supply(node, supply[node]);
        }
        return b.build();
    }

}
