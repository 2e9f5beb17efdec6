package bg.inkindmatch.core.benchmark;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmarks of the matching-core issue and prints each figure next to its goal.
 *
 * <p>Arguments: {@code ranking} or {@code allocation} to run only one part; {@code quick} to leave
 * out the 20,000 x 20,000 run of jgrapht (about four minutes on its own).
 */
public final class BenchmarkMain {

    private static final double RANKING_GOAL_MS = 1.0;
    private static final int[] SIZES = {2_000, 20_000};
    private static final String[] SOLVERS = {"network-simplex", "allocator", "or-tools", "jgrapht"};

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        List<String> options = List.of(args);
        boolean all = !options.contains("ranking") && !options.contains("allocation");
        List<String> report = new ArrayList<>();
        if (all || options.contains("ranking")) {
            report.addAll(ranking());
        }
        if (all || options.contains("allocation")) {
            report.addAll(allocation(options.contains("quick")));
        }
        System.out.println();
        System.out.println("==== InKind Match benchmarks: figures next to goals ====");
        report.forEach(System.out::println);
    }

    private static List<String> ranking() throws RunnerException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Ranking one new post against %,d open posts of the other side (goal: median <= %.1f ms)",
                RankingBenchmark.OPEN_POSTS, RANKING_GOAL_MS));
        for (RunResult result : new Runner(new OptionsBuilder()
                .include(RankingBenchmark.class.getName())
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .forks(1).jvmArgs("-Xmx2g")
                .build()).run()) {
            double medianMs = result.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            double p99Ms = result.getPrimaryResult().getStatistics().getPercentile(99) / 1000;
            lines.add(String.format(Locale.ROOT, "  %-24s median %.3f ms, p99 %.3f ms  -> %s",
                    result.getParams().getBenchmark().replaceAll(".*\\.", ""), medianMs, p99Ms,
                    medianMs <= RANKING_GOAL_MS ? "goal met" : "GOAL MISSED"));
        }
        return lines;
    }

    private static List<String> allocation(boolean quick) throws RunnerException, IOException {
        Map<String, Double> medianSeconds = new LinkedHashMap<>();
        for (int size : SIZES) {
            for (String solver : SOLVERS) {
                boolean slow = "jgrapht".equals(solver);
                if (slow && size > 2_000 && quick) {
                    continue;
                }
                ChainedOptionsBuilder options = new OptionsBuilder()
                        .include(AllocationBenchmark.class.getName())
                        .param("size", Integer.toString(size)).param("solver", solver)
                        .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
                        .warmupIterations(slow && size > 2_000 ? 0 : 2)
                        .measurementIterations(slow && size > 2_000 ? 1 : 5)
                        .forks(1).jvmArgs("-Xmx512m");
                for (RunResult result : new Runner(options.build()).run()) {
                    medianSeconds.put(solver + "-" + size, result.getPrimaryResult().getStatistics().getPercentile(50) / 1000);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int size : SIZES) {
            lines.add(String.format(Locale.ROOT, "Allocation %,d offers x %,d needs, %,d candidate pairs, heap 512 MB",
                    size, size, size * 20));
            for (String solver : SOLVERS) {
                Double seconds = medianSeconds.get(solver + "-" + size);
                lines.add(String.format(Locale.ROOT, "  %-16s %s", solver,
                        seconds == null ? "not run (quick)" : String.format(Locale.ROOT, "median %.3f s", seconds)));
            }
            Double ours = medianSeconds.get("network-simplex-" + size);
            Double orTools = medianSeconds.get("or-tools-" + size);
            Double jgrapht = medianSeconds.get("jgrapht-" + size);
            lines.add(String.format(Locale.ROOT, "  OR-tools / network simplex = %.2f  -> %s", orTools / ours,
                    orTools >= ours ? "goal met (at least as fast as OR-tools)" : "GOAL MISSED"));
            if (jgrapht != null) {
                lines.add(String.format(Locale.ROOT, "  jgrapht / network simplex = %.1f", jgrapht / ours));
            }
            lines.add("  optima: " + optima(size));
        }
        return lines;
    }

    private static String optima(int size) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        for (String solver : SOLVERS) {
            var file = AllocationBenchmark.OPTIMA.resolve(solver + "-" + size + ".txt");
            if (Files.exists(file)) {
                found.put(solver, Files.readString(file).trim());
            }
        }
        boolean equal = found.values().stream().distinct().count() == 1;
        return (equal ? "all equal " : "DIFFERENT ") + found;
    }
}
