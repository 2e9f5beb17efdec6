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
