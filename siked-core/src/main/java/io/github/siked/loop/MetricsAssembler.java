package io.github.siked.loop;

import io.github.siked.eval.DatasetEval;
import io.github.siked.eval.MethodAccuracy;
import io.github.siked.mix.MixSummary;
import io.github.siked.report.ExperimentMetrics;
import io.github.siked.report.Harness;
import io.github.siked.report.IterationMetrics;
import io.github.siked.report.MeanSd;
import io.github.siked.report.MixMetrics;
import io.github.siked.report.RunSetup;
import io.github.siked.report.SampledMetrics;
import io.github.siked.report.ShareAccuracy;
import io.github.siked.report.TestMetrics;
import io.github.siked.report.ValidationMetrics;
import io.github.siked.report.VariantResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the runs' outcomes into the results contract (docs/contracts.md, "Results"): the reported run (the
 * experiment's method with the first seed) in full, and every method's mean and standard
 * deviation over the seeds.
 */
final class MetricsAssembler {

    private MetricsAssembler() {}

    static ExperimentMetrics of(
            ExperimentConfig config,
            String student,
            String teacher,
            List<RunOutcome> runs,
            Map<String, SampledMetrics> sampled) {
        RunOutcome reported = runs.get(0);
        List<IterationMetrics> iterations = new ArrayList<>();
        for (IterationOutcome it : reported.iterations()) {
            iterations.add(iteration(it));
        }
        Map<String, TestMetrics> test = new LinkedHashMap<>();
        reported.bestIteration()
                .tests()
                .forEach((dataset, eval) ->
                        test.put(dataset, test(eval, sampled.getOrDefault(dataset, SampledMetrics.NONE))));
        ExperimentMethods methods = config.methods();
        List<VariantResult> comparison =
                methods.seeds().size() > 1 || !methods.compare().isEmpty() ? comparison(config, runs) : List.of();
        return new ExperimentMetrics(
                config.experiment(),
                new RunSetup(student, teacher, reported.method().name(), reported.seed()),
                reported.best(),
                iterations,
                test,
                comparison);
    }

    private static IterationMetrics iteration(IterationOutcome it) {
        MixSummary mix = it.mix();
        Map<String, Double> alphaByStrategy = new TreeMap<>();
        mix.byStrategy().forEach((s, m) -> alphaByStrategy.put(s.id(), m.alpha()));
        Map<String, Double> share = new LinkedHashMap<>();
        it.validation().byStrategy().forEach((s, stats) -> share.put(s, stats.share()));
        Map<String, Double> testAccuracy = new LinkedHashMap<>();
        it.tests().forEach((dataset, eval) -> testAccuracy.put(dataset, eval.accuracy()));
        return new IterationMetrics(
                it.iteration(),
                new MixMetrics(mix.alpha(), mix.teacherRows(), mix.studentRows()),
                new ValidationMetrics(
                        it.validation().accuracy(), share, it.validation().strategyEntropy()),
                alphaByStrategy,
                testAccuracy,
                it.trainSteps());
    }

    private static TestMetrics test(DatasetEval eval, SampledMetrics sampled) {
        Map<String, ShareAccuracy> byStrategy = new LinkedHashMap<>();
        eval.byStrategy().forEach((s, stats) -> byStrategy.put(s, new ShareAccuracy(stats.share(), stats.accuracy())));
        Harness harness = eval.harness()
                .map(h -> new Harness(h.n(), h.strictMatch(), h.flexibleExtract()))
                .orElse(null);
        return new TestMetrics(
                eval.n(),
                eval.accuracy(),
                List.of(eval.ci95().low(), eval.ci95().high()),
                byStrategy,
                eval.strategyEntropy(),
                harness,
                sampled);
    }

    private static List<VariantResult> comparison(ExperimentConfig config, List<RunOutcome> runs) {
        List<VariantResult> variants = new ArrayList<>();
        for (Method method : config.methods().all()) {
            List<RunOutcome> ofMethod = runs.stream()
                    .filter(r -> r.method().name().equals(method.name()))
                    .toList();
            List<Long> seeds = ofMethod.stream().map(RunOutcome::seed).toList();
            MeanSd validation = MeanSd.of(ofMethod.stream()
                    .map(r -> r.bestIteration().validation().accuracy())
                    .toList());
            Map<String, MeanSd> test = new LinkedHashMap<>();
            for (String dataset : config.datasets().tests()) {
                test.put(
                        dataset,
                        MeanSd.of(ofMethod.stream()
                                .map(r -> r.bestIteration().tests().get(dataset).accuracy())
                                .toList()));
            }
            variants.add(new VariantResult(method.name(), method.description(), seeds, validation, test));
        }
        return variants;
    }

    /** Mean test accuracy over seeds of every method, in the configured order: what the gate reads. */
    static List<MethodAccuracy> meanAccuracy(ExperimentConfig config, List<RunOutcome> runs) {
        List<MethodAccuracy> means = new ArrayList<>();
        for (Method method : config.methods().all()) {
            Map<String, Double> byDataset = new LinkedHashMap<>();
            for (String dataset : config.datasets().tests()) {
                byDataset.put(
                        dataset,
                        runs.stream()
                                .filter(r -> r.method().name().equals(method.name()))
                                .mapToDouble(r ->
                                        r.bestIteration().tests().get(dataset).accuracy())
                                .average()
                                .orElse(Double.NaN));
            }
            means.add(new MethodAccuracy(method.name(), byDataset));
        }
        return means;
    }
}
