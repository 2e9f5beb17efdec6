package bg.inkindmatch.core.allocation;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SpanningTreeSimplexTest extends MinCostFlowSolverContract {

    @Override
    MinCostFlowSolver solver() {
        return new SpanningTreeSimplex();
    }

    /**
     * From 50,000 nodes on the solver prices by plain block search: a network that large,
     * with a known optimum (each of 25,000 units can go one step along for 1 instead of
     * straight across for 2).
     */
    @Test
    void solvesANetworkLargeEnoughForBlockSearch() {
        int half = 25_000;
        FlowNetwork.Builder b = FlowNetwork.builder(2 * half, 2 * half);
        for (int source = 0; source < half; source++) {
            b.supply(source, 1).supply(half + source, -1);
            b.arc(source, half + source, 1, 2);
            b.arc(source, half + (source + 1) % half, 1, 1);
        }
        FlowNetwork network = b.build();
        FlowSolution solution = solver().solve(network);

        assertThat(network.isFeasible(solution.flows())).isTrue();
        assertThat(solution.cost()).isEqualTo(half);
    }

    @Test
    void aSolveThatExceedsItsPivotLimitStopsWithAnError() {
        FlowNetwork.Builder b = FlowNetwork.builder(10, 25);
        Random random = new Random(3L);
        for (int plant = 0; plant < 5; plant++) {
            b.supply(plant, 10).supply(5 + plant, -10);
            for (int market = 5; market < 10; market++) {
                b.arc(plant, market, 10, 1 + random.nextInt(20));
            }
        }
        FlowNetwork needsPivots = b.build();

        assertThatIllegalStateException().isThrownBy(() -> new SpanningTreeSimplex(2).solve(needsPivots))
            .withMessageContaining("no optimum after 2 pivots");
        assertThat(new SpanningTreeSimplex().solve(needsPivots).cost())
            .isEqualTo(new JGraphTMinCostFlowSolver().solve(needsPivots).cost());
    }

}
