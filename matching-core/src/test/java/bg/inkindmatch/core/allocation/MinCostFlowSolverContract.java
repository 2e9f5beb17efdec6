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
