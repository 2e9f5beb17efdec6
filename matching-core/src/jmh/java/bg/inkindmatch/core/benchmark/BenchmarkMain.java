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
import java.nio.file.Path;
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
 * out the 20,000 x 20,000 run of jgrapht; {@code jgrapht-minutes=N} to give that run N minutes
 * (default 30) before it is stopped. JMH cannot stop a solve that overruns, so that one run is a
 * single timed solve in a JVM of its own.
 */
public final class BenchmarkMain {

    private static final double RANKING_GOAL_MS = 1.0;
    private static final int[] SIZES = {2_000, 20_000};
    private static final String[] SOLVERS = {"network-simplex", "allocator", "or-tools", "jgrapht"};

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        List<String> options = List.of(args);
        boolean all = !options.contains("ranking") && !options.contains("allocation");
        List<String> report = new ArrayList<>();
        if (all || options.contains("ranking")) {
            report.addAll(ranking());
        }
        if (all || options.contains("allocation")) {
            int jgraphtMinutes = options.stream().filter(o -> o.startsWith("jgrapht-minutes="))
                    .map(o -> Integer.parseInt(o.substring("jgrapht-minutes=".length()))).findFirst().orElse(30);
            report.addAll(allocation(options.contains("quick"), jgraphtMinutes));
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

    private static List<String> allocation(boolean quick, int jgraphtMinutes)
            throws RunnerException, IOException, InterruptedException {
        Map<String, Double> medianSeconds = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (int size : SIZES) {
            for (String solver : SOLVERS) {
                if ("jgrapht".equals(solver) && size > 2_000) {
                    if (quick) {
                        notes.put(solver + "-" + size, "not run (quick)");
                    } else {
                        timedJgrapht(size, jgraphtMinutes, medianSeconds, notes);
                    }
                    continue;
                }
                ChainedOptionsBuilder options = new OptionsBuilder()
                        .include(AllocationBenchmark.class.getName())
                        .param("size", Integer.toString(size)).param("solver", solver)
                        .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
                        .warmupIterations("jgrapht".equals(solver) ? 1 : 2)
                        .measurementIterations("jgrapht".equals(solver) ? 3 : 5)
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
                lines.add(String.format(Locale.ROOT, "  %-16s %s", solver, seconds == null
                        ? notes.getOrDefault(solver + "-" + size, "no result")
                        : String.format(Locale.ROOT, "%s %.3f s", notes.containsKey(solver + "-" + size) ? "one run" : "median",
                        seconds)));
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

    /** One jgrapht solve in a JVM of its own, stopped at the deadline. */
    private static void timedJgrapht(int size, int minutes, Map<String, Double> seconds, Map<String, String> notes)
            throws IOException, InterruptedException {
        Path result = AllocationBenchmark.OPTIMA.resolve("jgrapht-" + size + ".seconds");
        Files.deleteIfExists(result);
        Files.deleteIfExists(AllocationBenchmark.OPTIMA.resolve("jgrapht-" + size + ".txt"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                TimedRun.class.getName(), Integer.toString(size)).inheritIO().start();
        if (!run.waitFor(minutes, TimeUnit.MINUTES)) {
            run.destroyForcibly().waitFor();
            notes.put("jgrapht-" + size, "did not finish within " + minutes + " min (stopped)");
            return;
        }
        if (Files.exists(result)) {
            seconds.put("jgrapht-" + size, Double.parseDouble(Files.readString(result).trim()));
            notes.put("jgrapht-" + size, "one run");
        } else {
            notes.put("jgrapht-" + size, "failed (exit code " + run.exitValue() + ")");
        }
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
