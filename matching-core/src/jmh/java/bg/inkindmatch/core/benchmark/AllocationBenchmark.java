package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.AllocationNetwork;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.Allocator;
import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.allocation.JGraphTMinCostFlowSolver;
import bg.inkindmatch.core.allocation.NetworkSimplex;
import bg.inkindmatch.core.scoring.Candidate;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Solves the same allocation network with this project's network simplex, Google OR-tools'
 * SimpleMinCostFlow (native, cost scaling) and jgrapht's capacity scaling; "allocator" is the whole
 * {@link Allocator#allocate} call (network layout and solve). Each run writes the optimum it found to
 * {@code target/benchmark-optima}, so that the main program can check that all agree.
 */
@State(Scope.Benchmark)
public class AllocationBenchmark {

    static final Path OPTIMA = Path.of("target", "benchmark-optima");

    @Param({"2000"})
    public int size;

    @Param({"network-simplex"})
    public String solver;

    private List<Candidate> candidates;
    private FlowNetwork network;
    private long optimum;

    @Setup
    public void build() {
        candidates = TransportationInstance.candidates(size, size, 20, 20261125L + size);
        network = AllocationNetwork.of(candidates, AllocationPolicy.DEFAULTS).network();
        if ("or-tools".equals(solver)) {
            Loader.loadNativeLibraries();
        }
    }

    @Benchmark
    public long solve() {
        optimum = switch (solver) {
            case "network-simplex" -> new NetworkSimplex().solve(network).cost();
            case "allocator" -> -new Allocator(AllocationPolicy.DEFAULTS).allocate(candidates).objective();
            case "or-tools" -> orTools(network);
            case "jgrapht" -> jgrapht(network);
            default -> throw new IllegalArgumentException("unknown solver " + solver);
        };
        return optimum;
    }

    @TearDown
    public void recordOptimum() throws IOException {
        Files.createDirectories(OPTIMA);
        Files.writeString(OPTIMA.resolve(solver + "-" + size + ".txt"), Long.toString(optimum));
    }

    static long orTools(FlowNetwork network) {
        MinCostFlow flow = new MinCostFlow(network.nodeCount(), network.arcCount());
        for (int arc = 0; arc < network.arcCount(); arc++) {
            flow.addArcWithCapacityAndUnitCost(network.tail(arc), network.head(arc), network.capacity(arc), network.cost(arc));
        }
        for (int node = 0; node < network.nodeCount(); node++) {
            flow.setNodeSupply(node, network.supply(node));
        }
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-tools: " + status);
        }
        long cost = flow.getOptimalCost();
        flow.delete();
        return cost;
    }

    /** jgrapht through the same adapter the tests use as their reference. */
    static long jgrapht(FlowNetwork network) {
        return new JGraphTMinCostFlowSolver().solve(network).cost();
    }
}
