package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.AllocationNetwork;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.allocation.MinCostFlowSolver;
import bg.inkindmatch.core.allocation.NetworkSimplex;
import bg.inkindmatch.core.allocation.SpanningTreeSimplex;
import com.google.ortools.Loader;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A quick side-by-side of the solvers on every shape, for development: a few timed solves each
 * (after a warm-up), the median, and the ratio to OR-tools. The JMH suite ({@link BenchmarkMain})
 * gives the figures of record. Arguments: the number of timed runs (3), {@code large} to add the
 * 20,000 x 20,000 product network and the 50,000 x 50,000 plain one, {@code only=TEXT} to keep
 * the shapes whose name contains the text.
 */
public final class SolverShowdown {

    private SolverShowdown() {
    }

    public static void main(String[] args) {
        Loader.loadNativeLibraries();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean large = Arrays.asList(args).contains("large");
        Map<String, FlowNetwork> shapes = new LinkedHashMap<>();
        shapes.put("product 2000x2000", AllocationNetwork.of(
                TransportationInstance.candidates(2_000, 2_000, 20, 20261125L + 2_000), AllocationPolicy.DEFAULTS).network());
        shapes.put("product 500x5000", AllocationNetwork.of(
                TransportationInstance.candidates(500, 5_000, 200, 7L), AllocationPolicy.DEFAULTS).network());
        shapes.put("wide 5000x500", FlowShapes.transportation(5_000, 500, 20, 50, 1_000, 0, 11L));
        shapes.put("tall 500x5000", FlowShapes.transportation(500, 5_000, 200, 50, 1_000, 0, 12L));
        shapes.put("hubs 10000x10000", FlowShapes.transportation(10_000, 10_000, 20, 50, 1_000, 0.5, 13L));
        shapes.put("ranges 5000x5000", FlowShapes.transportation(5_000, 5_000, 20, 10_000, 100_000, 0, 14L));
        shapes.put("equal costs 5000x5000", FlowShapes.transportation(5_000, 5_000, 20, 50, 1, 0, 15L));
        if (large) {
            shapes.put("product 20000x20000", AllocationNetwork.of(
                    TransportationInstance.candidates(20_000, 20_000, 20, 20261125L + 20_000), AllocationPolicy.DEFAULTS).network());
            shapes.put("large 50000x50000", FlowShapes.transportation(50_000, 50_000, 20, 50, 1_000, 0, 16L));
        }
        Map<String, ToLongFunction<FlowNetwork>> solvers = new LinkedHashMap<>();
        solvers.put("or-tools", AllocationBenchmark::orTools);
        solvers.put("old simplex", solver(new NetworkSimplex()));
        solvers.put("spanning tree", solver(new SpanningTreeSimplex()));
        String only = Arrays.stream(args).filter(a -> a.startsWith("only=")).map(a -> a.substring(5)).findFirst()
            .orElse("");
        for (Map.Entry<String, FlowNetwork> shape : shapes.entrySet()) {
            if (!shape.getKey().contains(only)) {
                continue;
            }
            FlowNetwork network = shape.getValue();
            System.out.printf(Locale.ROOT, "%-24s %,9d nodes %,10d arcs%n", shape.getKey(), network.nodeCount(),
                    network.arcCount());
            double reference = 0;
            long referenceCost = 0;
            for (Map.Entry<String, ToLongFunction<FlowNetwork>> solver : solvers.entrySet()) {
                long cost = solver.getValue().applyAsLong(network);
                double[] seconds = new double[runs];
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    cost = solver.getValue().applyAsLong(network);
                    seconds[run] = (System.nanoTime() - start) / 1e9;
                }
                Arrays.sort(seconds);
                double median = seconds[runs / 2];
                if (reference == 0) {
                    reference = median;
                    referenceCost = cost;
                }
                System.out.printf(Locale.ROOT, "    %-14s median %8.4f s  ratio %5.2f  %s%n", solver.getKey(), median,
                        median / reference, cost == referenceCost ? "same optimum" : "OPTIMUM DIFFERS: " + cost);
            }
        }
    }

    private static ToLongFunction<FlowNetwork> solver(MinCostFlowSolver solver) {
        return network -> solver.solve(network).cost();
    }

}
