package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.allocation.FlowNetwork;
import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.MatchingContext;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmarks of the matching core and prints each figure next to its goal.
 *
 * <p>Arguments: {@code ranking}, {@code solver} or {@code round} to run only those parts;
 * {@code quick} for the form the test command runs (the small shapes, one seed, one timed solve
 * each: it checks the optima and that everything still runs, its times are rough); {@code
 * jgrapht} to check the optima of the small shapes against jgrapht's solver too (minutes);
 * {@code optima} to check the optima only, without timing;
 * {@code shapes=A,B} to measure only the named {@link BenchmarkShape}s. The
 * program exits with status 1 when two solvers disagree on an optimum.
 */
public final class BenchmarkMain {

    private static final double RANKING_GOAL_MS = 1.0;

    private static final double RATIO_GOAL = 1.0;

    private static final double ALLOCATOR_OVERHEAD_GOAL = 0.20;

    private static final long[] SEEDS = {1, 2, 3};

    private static final String HEAP = "-Xmx1g";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> options = List.of(args);
        boolean quick = options.contains("quick");
        boolean all = !options.contains("ranking") && !options.contains("solver") && !options.contains("round")
                && !options.contains("optima");
        List<String> report = new ArrayList<>();
        boolean optimaAgree = true;
        if (all || options.contains("solver") || options.contains("optima")) {
            List<String> only = options.stream().filter(option -> option.startsWith("shapes="))
                    .flatMap(option -> Arrays.stream(option.substring("shapes=".length()).split(","))).toList();
            List<BenchmarkShape> shapes = Arrays.stream(BenchmarkShape.values())
                    .filter(shape -> only.isEmpty() ? !quick || shape.kind() == BenchmarkShape.Kind.SMALL
                            : only.contains(shape.name()))
                    .toList();
            long[] seeds = quick ? new long[] {1} : SEEDS;
            optimaAgree = new OptimumCheck(shapes, seeds, options.contains("jgrapht")).run(report);
            if (!options.contains("optima")) {
                report.addAll(solvers(shapes, seeds, quick));
            }
        }
        if (all || options.contains("round")) {
            report.addAll(round(quick));
        }
        if (!quick && (all || options.contains("ranking"))) {
            report.addAll(ranking());
        }
        System.out.println();
        System.out.println("==== InKind Match benchmarks: figures next to goals ====");
        if (quick) {
            System.out.println("(quick form: one short iteration without warm-up, so the times and their verdicts are"
                    + " rough; only the optima count)");
        }
        report.forEach(System.out::println);
        if (!optimaAgree) {
            System.exit(1);
        }
    }

    private static List<String> solvers(List<BenchmarkShape> shapes, long[] seeds, boolean quick)
            throws RunnerException {
        String[] seedParams = Arrays.stream(seeds).mapToObj(Long::toString).toArray(String[]::new);
        Timings timings = new Timings();
        for (BenchmarkShape.Kind kind : BenchmarkShape.Kind.values()) {
            String[] ofKind = shapes.stream().filter(shape -> shape.kind() == kind).map(Enum::name)
                    .toArray(String[]::new);
            if (ofKind.length == 0) {
                continue;
            }
            String[] products = shapes.stream().filter(shape -> shape.kind() == kind && shape.product())
                    .map(Enum::name).toArray(String[]::new);
            timings.add(new Runner(timed(kind, quick).param("shape", ofKind).param("seed", seedParams)
                    .param("solver", Solvers.OURS, Solvers.OR_TOOLS, Solvers.OR_TOOLS_MAX_FLOW).build()).run());
            if (products.length > 0) {
                timings.add(new Runner(timed(kind, quick).param("shape", products).param("seed", seedParams)
                        .param("solver", Solvers.ALLOCATOR, Solvers.AROUND).build()).run());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT,
                "Minimum-cost flow: our SpanningTreeSimplex against OR-tools' SimpleMinCostFlow (the better of solve and"
                        + " solveMaxFlowWithMinCost); median over %d seed(s) of each seed's median; heap 1 GB",
                seeds.length));
        lines.add(String.format(Locale.ROOT, "  %-52s %10s %10s %10s %7s  %s", "shape", "ours", "OR solve",
                "OR maxflow", "ratio", "goal: ratio <= " + RATIO_GOAL));
        for (BenchmarkShape shape : shapes) {
            double ours = timings.median(shape, Solvers.OURS);
            double orTools = Math.min(timings.median(shape, Solvers.OR_TOOLS),
                    timings.median(shape, Solvers.OR_TOOLS_MAX_FLOW));
            double ratio = ours / orTools;
            lines.add(String.format(Locale.ROOT, "  %-52s %8.3f s %8.3f s %8.3f s %7.2f  %s   (per seed: %s)",
                    shape.title(), ours, timings.median(shape, Solvers.OR_TOOLS),
                    timings.median(shape, Solvers.OR_TOOLS_MAX_FLOW), ratio,
                    ratio <= RATIO_GOAL ? "met" : "MISSED", timings.ratiosPerSeed(shape)));
        }
        lines.add(String.format(Locale.ROOT,
                "Allocator.allocate: the work around the solve (order, layout, lots, allocation back) against the solve"
                        + " (goal: at most %.0f%%); the whole call for reference",
                ALLOCATOR_OVERHEAD_GOAL * 100));
        for (BenchmarkShape shape : shapes) {
            if (shape.product()) {
                double solve = timings.median(shape, Solvers.OURS);
                double around = timings.median(shape, Solvers.AROUND);
                double share = around / solve;
                lines.add(String.format(Locale.ROOT,
                        "  %-52s solve %8.3f s, around it %8.3f s: %4.0f%%  %s   (whole allocate %8.3f s)",
                        shape.title(), solve, around, share * 100,
                        share <= ALLOCATOR_OVERHEAD_GOAL ? "met" : "MISSED", timings.median(shape, Solvers.ALLOCATOR)));
            }
        }
        return lines;
    }

    /**
     * Small networks: average time over one-second iterations after five seconds of warm-up, so
     * that the compiler has settled; large ones: single timed solves.
     */
    private static ChainedOptionsBuilder timed(BenchmarkShape.Kind kind, boolean quick) {
        ChainedOptionsBuilder options = new OptionsBuilder().include(SolverBenchmark.class.getName())
                .timeUnit(TimeUnit.MILLISECONDS).forks(1).jvmArgs(HEAP);
        if (kind == BenchmarkShape.Kind.SMALL) {
            TimeValue iteration = quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1);
            return options.mode(Mode.AverageTime).warmupIterations(quick ? 1 : 5).warmupTime(iteration)
                    .measurementIterations(quick ? 1 : 5).measurementTime(iteration);
        }
        return options.mode(Mode.SingleShotTime).warmupIterations(1).measurementIterations(quick ? 1 : 3);
    }

    private static List<String> round(boolean quick) throws RunnerException {
        MatchingEngine engine = MatchingEngine.standard();
        MatchingContext context = MatchingContext.on(LocalDate.of(2026, 11, 26));
        RealisticMarket market = new RealisticMarket(1, engine.taxonomy(), engine.places(), context.today());
        List<Offer> offers = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < RoundBenchmark.OPEN_POSTS / 2; i++) {
            offers.add(market.offer(i));
            needs.add(market.need(i));
        }
        int candidates = engine.candidates(offers, needs, context).size();
        List<String> lines = new ArrayList<>();
        for (RunResult result : new Runner(new OptionsBuilder().include(RoundBenchmark.class.getName())
                .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS).forks(1).jvmArgs(HEAP)
                .warmupIterations(quick ? 1 : 5).measurementIterations(quick ? 1 : 9).build()).run()) {
            lines.add(String.format(Locale.ROOT,
                    "First allocation of a matching round at %,d open posts (realistic mix, %,d candidate pairs):"
                            + " median %.3f s (reported; no goal)",
                    RoundBenchmark.OPEN_POSTS, candidates,
                    result.getPrimaryResult().getStatistics().getPercentile(50) / 1000));
        }
        return lines;
    }

    private static List<String> ranking() throws RunnerException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT,
                "Ranking one new post against %,d open posts of the other side (goal: median <= %.1f ms)",
                RankingBenchmark.OPEN_POSTS, RANKING_GOAL_MS));
        for (RunResult result : new Runner(new OptionsBuilder().include(RankingBenchmark.class.getName())
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

    /** The medians of the solver runs by shape, solver and seed, in seconds. */
    private static final class Timings {

        private final Map<String, Double> seconds = new HashMap<>();

        void add(Collection<RunResult> results) {
            for (RunResult result : results) {
                var params = result.getParams();
                seconds.put(key(params.getParam("shape"), params.getParam("solver"), params.getParam("seed")),
                        result.getPrimaryResult().getStatistics().getPercentile(50) / 1000);
            }
        }

        double median(BenchmarkShape shape, String solver) {
            double[] perSeed = seconds.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(shape.name() + "/" + solver + "/"))
                    .mapToDouble(Map.Entry::getValue).sorted().toArray();
            if (perSeed.length == 0) {
                return Double.NaN;
            }
            return perSeed.length % 2 == 1 ? perSeed[perSeed.length / 2]
                    : (perSeed[perSeed.length / 2 - 1] + perSeed[perSeed.length / 2]) / 2;
        }

        String ratiosPerSeed(BenchmarkShape shape) {
            List<String> ratios = new ArrayList<>();
            for (long seed : SEEDS) {
                Double ours = seconds.get(key(shape.name(), Solvers.OURS, Long.toString(seed)));
                Double solve = seconds.get(key(shape.name(), Solvers.OR_TOOLS, Long.toString(seed)));
                Double maxFlow = seconds.get(key(shape.name(), Solvers.OR_TOOLS_MAX_FLOW, Long.toString(seed)));
                if (ours != null && solve != null && maxFlow != null) {
                    ratios.add(String.format(Locale.ROOT, "%.2f", ours / Math.min(solve, maxFlow)));
                }
            }
            return String.join(" ", ratios);
        }

        private static String key(String shape, String solver, String seed) {
            return shape + "/" + solver + "/" + seed;
        }
    }

    /** Solves every instance once with each solver and compares the optima. */
    private record OptimumCheck(List<BenchmarkShape> shapes, long[] seeds, boolean withJgrapht) {

        boolean run(List<String> report) {
            Solvers.prepare(Solvers.OR_TOOLS);
            int instances = 0;
            int withReference = 0;
            List<String> disagreements = new ArrayList<>();
            for (BenchmarkShape shape : shapes) {
                for (long seed : seeds) {
                    FlowNetwork network = shape.network(seed);
                    long ours = Solvers.cost(Solvers.OURS, network);
                    List<String> others = new ArrayList<>(List.of(Solvers.OR_TOOLS, Solvers.OR_TOOLS_MAX_FLOW));
                    if (withJgrapht && shape.kind() == BenchmarkShape.Kind.SMALL) {
                        others.add(Solvers.JGRAPHT);
                        withReference++;
                    }
                    for (String other : others) {
                        long theirs = Solvers.cost(other, network);
                        if (theirs != ours) {
                            disagreements.add(String.format(Locale.ROOT, "%s seed %d: ours %,d, %s %,d", shape.title(),
                                    seed, ours, other, theirs));
                        }
                    }
                    instances++;
                }
            }
            report.add(String.format(Locale.ROOT,
                    "Optima on %d instances: ours against OR-tools (both modes)%s (goal: equal) -> %s", instances,
                    withJgrapht ? " and, on " + withReference + " small ones, jgrapht" : "",
                    disagreements.isEmpty() ? "all equal" : "DIFFERENT"));
            disagreements.forEach(line -> report.add("  " + line));
            return disagreements.isEmpty();
        }
    }
}
