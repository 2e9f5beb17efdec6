package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.AllocationNetwork;
import bg.inkindmatch.core.allocation.AllocationPolicy;
import bg.inkindmatch.core.allocation.FlowNetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * One timed solve of the allocation instance of the given size with jgrapht, in a JVM of its own so
 * that {@link BenchmarkMain} can stop it at a deadline (JMH cannot interrupt a running solve). Writes
 * the optimum and the seconds it took beside the JMH results.
 */
public final class TimedRun {

    private TimedRun() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        FlowNetwork network = AllocationNetwork.of(
                TransportationInstance.candidates(size, size, 20, 20261125L + size), AllocationPolicy.DEFAULTS).network();
        long start = System.nanoTime();
        long optimum = AllocationBenchmark.jgrapht(network);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(AllocationBenchmark.OPTIMA);
        Files.writeString(AllocationBenchmark.OPTIMA.resolve("jgrapht-" + size + ".txt"), Long.toString(optimum));
        Files.writeString(AllocationBenchmark.OPTIMA.resolve("jgrapht-" + size + ".seconds"),
                String.format(Locale.ROOT, "%.3f", seconds));
    }
}
