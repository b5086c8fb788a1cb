package io.github.siked.teacher.scripted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.sandbox.PotSandbox;
import io.github.siked.strategy.LeastToMostCheck;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.TeacherSandbox;
import io.github.siked.verify.AnswerGrader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scripted teacher's samples through the project's own grader: all correct without mistakes,
 * and wrong as often as the error rates say with them, on the quickstart's whole teacher set
 * (2,000 training problems, 3 strategies, 4 samples each).
 */
class ScriptedTeacherGradingTest {

    private static final int SAMPLES = 4;

    /** The quickstart's teacher data with the default error rates, by strategy. */
    private static final Map<Strategy, List<Sample>> QUICKSTART = new EnumMap<>(Strategy.class);

    /** A few hundred problems, in and out of distribution, for the samples without mistakes. */
    private static final List<SyntheticProblem> EXACT_PROBLEMS = new ArrayList<>();

    /** Every problem a sample may name. */
    private static final Map<String, SyntheticProblem> BY_ID = new TreeMap<>();

    @BeforeAll
    static void writeTheQuickstartTeacherSet() {
        List<SyntheticProblem> train = QuickstartProblems.split("train");
        EXACT_PROBLEMS.addAll(train.subList(0, 300));
        for (String split : List.of("ood-phrasing", "ood-steps", "ood-numbers")) {
            EXACT_PROBLEMS.addAll(QuickstartProblems.split(split).subList(0, 50));
        }
        train.forEach(p -> BY_ID.put(p.id(), p));
        EXACT_PROBLEMS.forEach(p -> BY_ID.put(p.id(), p));
        ScriptedTeacher teacher = new ScriptedTeacher(train, ErrorRates.defaults());
        long start = System.nanoTime();
        for (Strategy strategy : Strategy.values()) {
            List<Sample> samples = new ArrayList<>();
            for (SyntheticProblem problem : train) {
                for (int i = 0; i < SAMPLES; i++) {
                    samples.add(new Sample(
                            problem.id(), strategy, Origin.TEACHER, 0, i, teacher.write(problem, strategy, i)));
                }
            }
            QUICKSTART.put(strategy, samples);
        }
        System.out.printf(
                "scripted teacher: wrote %d problems x 3 strategies x %d samples in %d ms%n",
                train.size(), SAMPLES, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void withoutMistakesEveryProseSampleGradesCorrect() {
        AnswerGrader grader = new AnswerGrader(() -> {
            throw new AssertionError("prose needs no sandbox");
        });
        for (Strategy strategy : List.of(Strategy.COT, Strategy.L2M)) {
            for (Sample sample : exactSamples(strategy)) {
                GradedSample graded =
                        grader.grade(sample, BY_ID.get(sample.id()).problem());
                assertEquals(Verdict.CORRECT, graded.verdict(), sample.text());
                if (strategy == Strategy.L2M) {
                    assertTrue(LeastToMostCheck.isValid(sample.text()), sample.text());
                }
            }
        }
    }

    @Test
    void withoutMistakesEveryProgramGradesCorrectInTheSandbox() throws Exception {
        List<Sample> programs = exactSamples(Strategy.POT);
        try (PotSandbox sandbox = TeacherSandbox.start()) {
            List<GradedSample> graded = gradeAll(new AnswerGrader(() -> sandbox), programs);
            for (GradedSample g : graded) {
                assertEquals(Verdict.CORRECT, g.verdict(), g.text() + "\ngave " + g.prediction());
            }
        }
    }

    @Test
    void proseIsWrongAsOftenAsTheErrorRateSays() throws Exception {
        AnswerGrader grader = new AnswerGrader(() -> {
            throw new AssertionError("prose needs no sandbox");
        });
        for (Strategy strategy : List.of(Strategy.COT, Strategy.L2M)) {
            long start = System.nanoTime();
            List<GradedSample> graded = gradeAll(grader, QUICKSTART.get(strategy));
            report(strategy, graded, start);
            for (GradedSample g : graded) {
                assertTrue(g.verdict() == Verdict.CORRECT || g.verdict() == Verdict.WRONG, g.text());
            }
        }
    }

    @Test
    void programsAreWrongAsOftenAsTheErrorRateSays() throws Exception {
        try (PotSandbox sandbox = TeacherSandbox.start()) {
            long start = System.nanoTime();
            List<GradedSample> graded = gradeAll(new AnswerGrader(() -> sandbox), QUICKSTART.get(Strategy.POT));
            Map<Verdict, Integer> verdicts = report(Strategy.POT, graded, start);
            // About 3 mistakes in 10 are NameErrors; the rest compute a wrong number.
            double errors = verdicts.getOrDefault(Verdict.ERROR, 0) / (double) graded.size();
            assertEquals(0.15 * 0.3, errors, 0.015, "share of programs that raise");
            assertEquals(
                    graded.size(),
                    verdicts.getOrDefault(Verdict.CORRECT, 0)
                            + verdicts.getOrDefault(Verdict.WRONG, 0)
                            + verdicts.getOrDefault(Verdict.ERROR, 0));
        }
    }

    /** Checks the measured wrong share against the rate, prints it with the time, returns the verdicts. */
    private static Map<Verdict, Integer> report(Strategy strategy, List<GradedSample> graded, long start) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        graded.forEach(g -> verdicts.merge(g.verdict(), 1, Integer::sum));
        double wrong = 1 - verdicts.getOrDefault(Verdict.CORRECT, 0) / (double) graded.size();
        System.out.printf(
                "scripted teacher: %s graded %d samples in %d ms: %.4f not correct (rate %.2f) %s%n",
                strategy,
                graded.size(),
                (System.nanoTime() - start) / 1_000_000,
                wrong,
                ErrorRates.defaults().rate(strategy),
                verdicts);
        // 8,000 samples: one standard deviation of the measured share is at most 0.006.
        assertEquals(ErrorRates.defaults().rate(strategy), wrong, 0.02, strategy + " wrong share");
        return verdicts;
    }

    /** 2 correct samples of each of the exact problems. */
    private static List<Sample> exactSamples(Strategy strategy) {
        ScriptedTeacher teacher = new ScriptedTeacher(EXACT_PROBLEMS, ErrorRates.none());
        List<Sample> samples = new ArrayList<>();
        for (SyntheticProblem problem : EXACT_PROBLEMS) {
            for (int i = 0; i < 2; i++) {
                samples.add(new Sample(
                        problem.id(), strategy, Origin.TEACHER, 0, i, teacher.write(problem, strategy, 1000 + i)));
            }
        }
        return samples;
    }

    /** Grades on two threads, one per sandbox worker, keeping the samples' order. */
    private static List<GradedSample> gradeAll(AnswerGrader grader, List<Sample> samples) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<GradedSample>> futures = new ArrayList<>();
            for (Sample sample : samples) {
                SyntheticProblem problem = BY_ID.get(sample.id());
                futures.add(pool.submit(() -> grader.grade(sample, problem.problem())));
            }
            List<GradedSample> graded = new ArrayList<>();
            for (Future<GradedSample> future : futures) {
                graded.add(future.get());
            }
            return graded;
        } finally {
            pool.shutdown();
        }
    }
}
