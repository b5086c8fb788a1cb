package io.github.siked.bench;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.EventListener;
import io.github.siked.sandbox.PythonInterpreter;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.StageRunner;
import io.github.siked.verify.VerifyStage;
import io.github.siked.verify.VerifyStageConfig;
import io.github.siked.verify.VerifySummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench/run verify}: grades 20,000 trivial program-of-thought samples through the whole
 * verify stage (reading, sandbox, writing) and, in the same run, the same kind of program with one
 * {@code python3} process per program, the way a naive grader would. Both use every core.
 *
 * <p>Keys: {@code programs_per_s}, {@code spawn_programs_per_s}, {@code speedup}.
 */
final class VerifyBench implements Bench.Benchmark {

    private static final int PROGRAMS = 20_000;
    private static final int WARMUP_PROGRAMS = 2_000;
    private static final int SPAWN_PROGRAMS = 300;

    @Override
    public Map<String, Double> run() throws Exception {
        Path dir = Files.createTempDirectory("siked-bench-verify");
        Path problems = dir.resolve("problems.jsonl");
        writeProblems(problems);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("verify benchmark: %,d trivial pot programs, %d cores%n", PROGRAMS, cores);

        grade(dir, problems, WARMUP_PROGRAMS, "warm-up");
        double perSecond = grade(dir, problems, PROGRAMS, "measured");
        double spawnPerSecond = spawn(cores);

        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("programs_per_s", perSecond);
        figures.put("spawn_programs_per_s", spawnPerSecond);
        figures.put("speedup", perSecond / spawnPerSecond);
        return figures;
    }

    /** Runs the verify stage over {@code count} programs; returns programs per second of the whole stage. */
    private static double grade(Path dir, Path problems, int count, String label) throws IOException {
        Path samples = dir.resolve(label + ".jsonl");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(samples, StandardCharsets.UTF_8))) {
            for (int n = 0; n < count; n++) {
                int i = n % 1000;
                out.printf(
                        "{\"id\": \"p-%d\", \"strategy\": \"pot\", \"origin\": \"student\", \"iteration\": 1,"
                                + " \"index\": %d, \"text\": \"a = %d\\nb = 7\\nanswer = a * b\"}%n",
                        i, n / 1000, i);
            }
        }
        VerifyStageConfig config = new VerifyStageConfig(
                samples,
                "jsonl:" + problems,
                dir,
                true,
                dir.resolve(label + "-graded.jsonl"),
                SandboxConfig.defaults());
        long start = System.nanoTime();
        VerifySummary summary = new StageRunner(EventListener.NONE)
                .run(new VerifyStage(config, DatasetResolver.of(dir, true, EventListener.NONE), EventListener.NONE))
                .result();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (summary.correct() != count) {
            throw new IllegalStateException(label + ": expected every program correct, got " + summary);
        }
        System.out.printf("%-9s %,7d programs in %6.2f s: %,8.0f programs/s%n", label, count, seconds, count / seconds);
        return count / seconds;
    }

    /** One {@code python3 -c} per program, as many at once as there are cores. */
    private static double spawn(int cores) throws Exception {
        String python = PythonInterpreter.resolve(null).executable();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        long start = System.nanoTime();
        List<Future<String>> outputs = new ArrayList<>();
        for (int n = 0; n < SPAWN_PROGRAMS; n++) {
            int i = n % 1000;
            String program = "import math\na = " + i + "\nb = 7\nanswer = a * b\nprint(answer)";
            outputs.add(pool.submit(() -> runOnce(python, program)));
        }
        for (int n = 0; n < SPAWN_PROGRAMS; n++) {
            String expected = String.valueOf((n % 1000) * 7);
            String got = outputs.get(n).get();
            if (!expected.equals(got)) {
                throw new IllegalStateException(
                        "spawned program " + n + " printed '" + got + "', expected " + expected);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf(
                "%-9s %,7d programs in %6.2f s: %,8.0f programs/s (one %s per program)%n",
                "spawn", SPAWN_PROGRAMS, seconds, SPAWN_PROGRAMS / seconds, python);
        return SPAWN_PROGRAMS / seconds;
    }

    private static String runOnce(String python, String program) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, "-c", program)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return out;
    }

    private static void writeProblems(Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 1000; i++) {
                out.printf(
                        "{\"id\": \"p-%d\", \"question\": \"What is %d times 7?\", \"answer\": \"%d\"}%n", i, i, 7 * i);
            }
        }
    }
}
