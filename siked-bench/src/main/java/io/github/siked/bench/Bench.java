package io.github.siked.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Entry point of {@code bench/run}: runs the named benchmark and writes its figures. */
public final class Bench {

    /** A benchmark: measures, prints a readable table, returns its figures as flat numeric keys. */
    interface Benchmark {
        Map<String, Double> run() throws Exception;
    }

    private static final Map<String, Benchmark> BENCHMARKS = new TreeMap<>(
            Map.of("verify", new VerifyBench(), "teacher", new TeacherBench(), "student", new StudentBench()));

    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("usage: bench/run <name>, names: " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        Map<String, Double> figures = BENCHMARKS.get(args[0]).run();
        Path out = Path.of(args[1]).resolve(args[0] + ".json");
        BenchReport.write(out, figures);
        System.out.println("wrote " + out);
    }
}
