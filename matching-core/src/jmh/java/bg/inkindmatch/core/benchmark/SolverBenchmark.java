package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.Allocator;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.AroundTheSolve;
import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.allocation.SpanningTreeSimplex;
import bg.inkindmatch.core.scoring.Candidate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * One solve of a shape's network from a seed: with this project's {@link SpanningTreeSimplex},
 * with Google OR-tools' {@code SimpleMinCostFlow} in each of its two modes, or (product shapes
 * only) the whole {@link Allocator#allocate} call around our solver, or only the work it does
 * around the solve ({@link AroundTheSolve}): laying out the network from the candidates and reading
 * the allocation back.
 */
@State(Scope.Benchmark)
public class SolverBenchmark {

    @Param({"PRODUCT_SQUARE_2000"})
    public BenchmarkShape shape;

    @Param({"1"})
    public long seed;

    @Param({"spanning-tree"})
    public String solver;

    private FlowNetwork network;
    private List<Candidate> candidates;

    private AroundTheSolve around;

    @Setup
    public void build() {
        if (Solvers.ALLOCATOR.equals(solver)) {
            candidates = shape.candidates(seed);
        }
        else if (Solvers.AROUND.equals(solver)) {
            around = new AroundTheSolve(shape.candidates(seed));
        }
        else {
            network = shape.network(seed);
        }
        Solvers.prepare(solver);
    }

    @Benchmark
    public long solve() {
        if (Solvers.ALLOCATOR.equals(solver)) {
            return new Allocator(AllocationPolicy.DEFAULTS).allocate(candidates).objective();
        }
        if (Solvers.AROUND.equals(solver)) {
            return around.run();
        }
        return Solvers.cost(solver, network);
    }
}
