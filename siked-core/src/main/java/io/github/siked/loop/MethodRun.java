package io.github.siked.loop;

import io.github.siked.eval.DatasetEval;
import io.github.siked.evaluate.SampleFiles;
import io.github.siked.event.Durations;
import io.github.siked.event.EventListener;
import io.github.siked.mix.MixRecipe;
import io.github.siked.mix.MixSeeds;
import io.github.siked.mix.MixStageConfig;
import io.github.siked.mix.MixSummary;
import io.github.siked.sample.SampleStageConfig;
import io.github.siked.student.TrainConfig;
import io.github.siked.train.TrainStageConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one method with one seed (SIKeD, arXiv 2410.18574, algorithm 1): iteration 0 trains on the
 * selected teacher data; each later iteration samples the previous student per strategy, grades
 * the samples, mixes them with the teacher data, trains, and is scored on the validation split,
 * until the stop rule says the student stopped improving.
 */
final class MethodRun {

    private final ExperimentConfig config;
    private final ExperimentDatasets datasets;
    private final Stages stages;
    private final EventListener listener;
    private final Instant started;

    /** @param started when the experiment began, for the elapsed time in each iteration's header */
    MethodRun(ExperimentConfig config, Stages stages, EventListener listener, Instant started) {
        this.config = config;
        this.datasets = config.datasets();
        this.stages = stages;
        this.listener = listener;
        this.started = started;
    }

    /**
     * @param teacherData D_LLM of this seed
     * @param matched the run of the experiment's own method with this seed, which the teacher-only
     *     control matches row for row; empty for the experiment's method itself
     */
    RunOutcome run(Method method, long seed, Path teacherData, Optional<RunOutcome> matched) throws IOException {
        RunLayout layout = new RunLayout(config.workspace().workDir(), seed, method.name());
        int planned = method.control()
                ? matched.orElseThrow(() -> new IllegalStateException("the control runs after the method it matches"))
                                .iterations()
                                .size()
                        - 1
                : method.iterations().count();
        List<IterationOutcome> done = new ArrayList<>();
        List<Double> validation = new ArrayList<>();
        for (int t = 0; t <= planned; t++) {
            Path dir = layout.iteration(t, method.selection());
            listener.info(String.format(
                    Locale.ROOT,
                    "== %s, seed %d, iteration %d of %d (experiment elapsed %s)",
                    method.name(),
                    seed,
                    t,
                    planned,
                    Durations.readable(Duration.between(started, Instant.now()))));
            Path previous = t == 0 ? config.training().start() : done.get(t - 1).student();

            // Data: the teacher selection at iteration 0; later, self-samples mixed in (SIKeD) or more
            // teacher rows (the control).
            Optional<Path> graded = Optional.empty();
            if (t > 0 && method.samplesStudent()) {
                graded = Optional.of(selfSample(previous, seed, t, dir));
            }
            long controlRows = method.control() && t > 0 ? matched.get().rows(t) : 0;
            MixRecipe recipe = new MixRecipe(
                    method.selection(), method.priority(), t == 0 ? Optional.empty() : method.mix(), controlRows);
            MixSeeds seeds = new MixSeeds(seed, Seeds.derive(seed, "sample", t), Seeds.derive(seed, "mix", t));
            MixSummary mix =
                    stages.mix(new MixStageConfig(teacherData, graded, t, recipe, seeds, RunLayout.mixData(dir)));

            // Train: from the previous student (SIKeD's default) or from the base model again.
            Training training = config.training();
            boolean fromBase = t == 0 || method.iterations().trainFrom() == Continuation.BASE;
            Path from = fromBase ? training.start() : previous;
            TrainConfig train = fromBase ? training.train() : training.iterationTrain();
            Path student = RunLayout.student(dir);
            long steps = stages.train(new TrainStageConfig(
                    RunLayout.mixData(dir),
                    datasets.train(),
                    from,
                    student,
                    train.withSeed(Seeds.derive(seed, "train", t))));

            // Score: validation picks the best iteration; test sets only feed the plots here.
            DatasetEval val = stages.evaluate(
                    student,
                    datasets.validation(),
                    datasets.validationLimit(),
                    t,
                    config.evaluation().greedy(),
                    RunLayout.greedy(dir, datasets.validation()));
            Map<String, DatasetEval> tests = config.evaluation().everyIteration() ? tests(student, t, dir) : Map.of();
            done.add(new IterationOutcome(t, mix, steps, student, val, tests));
            validation.add(val.accuracy());
            listener.info(String.format(
                    Locale.ROOT,
                    "%s, seed %d, iteration %d: validation %.1f%%, alpha %.2f (%d teacher," + " %d student rows)",
                    method.name(),
                    seed,
                    t,
                    100 * val.accuracy(),
                    mix.alpha(),
                    mix.teacherRows(),
                    mix.studentRows()));
            StopRule stop = config.methods().stop();
            if (t > 0 && !method.control() && t < planned && stop.stop(validation)) {
                listener.info(method.name() + ", seed " + seed + ": validation accuracy stopped improving (" + stop
                        + "); no further iterations");
                break;
            }
        }

        // Choose on validation only, then make sure the chosen student has its test scores.
        int best = StopRule.best(validation);
        IterationOutcome chosen = done.get(best);
        if (chosen.tests().isEmpty()) {
            Path dir = layout.iteration(best, method.selection());
            done.set(
                    best,
                    new IterationOutcome(
                            best,
                            chosen.mix(),
                            chosen.trainSteps(),
                            chosen.student(),
                            chosen.validation(),
                            tests(chosen.student(), best, dir)));
        }
        return new RunOutcome(method, seed, done, best);
    }

    /** The student's self-samples of iteration t, each taught strategy forced (SIKeD) or chosen; returns their grades. */
    private Path selfSample(Path student, long seed, int t, Path dir) throws IOException {
        SelfSampling self = config.selfSampling();
        SampleFiles files = RunLayout.selfSamples(dir);
        return stages.sampleAndGrade(
                new SampleStageConfig(
                        student,
                        datasets.train(),
                        datasets.trainLimit(),
                        self.forced() ? config.training().strategies() : List.of(),
                        t,
                        files.samples(),
                        self.sampling().withSeed(Seeds.derive(seed, "sample", t))),
                files.graded());
    }

    private Map<String, DatasetEval> tests(Path student, int iteration, Path dir) throws IOException {
        Map<String, DatasetEval> tests = new LinkedHashMap<>();
        for (String dataset : datasets.tests()) {
            SampleFiles files = RunLayout.greedy(dir, dataset);
            tests.put(
                    dataset,
                    stages.evaluate(
                            student,
                            dataset,
                            datasets.testLimit(),
                            iteration,
                            config.evaluation().greedy(),
                            files));
        }
        return tests;
    }
}
