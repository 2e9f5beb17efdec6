package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.FlowNetwork;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quick side-by-side of our solver and OR-tools on the benchmark's shapes, for development: a
 * few timed solves each (after a warm-up) in one JVM, the median, and the ratio to the better
 * OR-tools mode. The JMH suite ({@link BenchmarkMain}) gives the figures of record. Arguments: the
 * number of timed runs (3), {@code large} to add the large shapes, {@code only=A,B} to keep the
 * shapes of those names, {@code seed=N} (1).
 */
public final class SolverShowdown {

    private SolverShowdown() {
    }

    public static void main(String[] args) {
        Solvers.prepare(Solvers.OR_TOOLS);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> options = Arrays.asList(args);
        String only = valueOf(options, "only=", "");
        long seed = Long.parseLong(valueOf(options, "seed=", "1"));
        for (BenchmarkShape shape : BenchmarkShape.values()) {
            if ((shape.kind() == BenchmarkShape.Kind.LARGE && !options.contains("large"))
                    || !(only.isEmpty() || Arrays.asList(only.split(",")).contains(shape.name()))) {
                continue;
            }
            FlowNetwork network = shape.network(seed);
            double ours = median(Solvers.OURS, network, runs);
            double orTools = Math.min(median(Solvers.OR_TOOLS, network, runs),
                    median(Solvers.OR_TOOLS_MAX_FLOW, network, runs));
            boolean same = Solvers.cost(Solvers.OURS, network) == Solvers.cost(Solvers.OR_TOOLS, network);
            System.out.printf(Locale.ROOT, "%-22s %,9d nodes %,10d arcs  ours %8.4f s  OR-tools %8.4f s  ratio %5.2f  %s%n",
                    shape.name(), network.nodeCount(), network.arcCount(), ours, orTools, ours / orTools,
                    same ? "same optimum" : "OPTIMUM DIFFERS");
        }
    }

    private static double median(String solver, FlowNetwork network, int runs) {
        Solvers.cost(solver, network);
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Solvers.cost(solver, network);
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    private static String valueOf(List<String> options, String prefix, String otherwise) {
        return options.stream().filter(option -> option.startsWith(prefix)).map(option -> option.substring(prefix.length()))
                .findFirst().orElse(otherwise);
    }
}
