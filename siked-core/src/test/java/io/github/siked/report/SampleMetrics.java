package io.github.siked.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-built metrics of a small SIKeD run, shaped like the paper's Gemma-2B results. */
final class SampleMetrics {

    private SampleMetrics() {}

    static ExperimentMetrics gemma() {
        return experiment("gsm8k-gemma-2b", 1);
    }

    static ExperimentMetrics experiment(String name, int bestIteration) {
        return new ExperimentMetrics(
                name,
                new RunSetup("google/gemma-2b", "meta-llama/Meta-Llama-3-70B-Instruct", "SIKeD adaptive", 42),
                bestIteration,
                List.of(iteration0(), iteration1(), iteration2()),
                test(),
                comparison());
    }

    /** An experiment that ran iteration 0 alone (the Combined baseline) and was tested on one dataset. */
    static ExperimentMetrics combined(String name, long seed, String testSet) {
        return new ExperimentMetrics(
                name,
                new RunSetup("Qwen/Qwen2-0.5B", "scripted", "Combined", seed),
                0,
                List.of(iteration0()),
                Map.of(testSet, test().get(testSet)),
                List.of());
    }

    static IterationMetrics iteration0() {
        return new IterationMetrics(
                0,
                new MixMetrics(1.0, 18_500, 0),
                new ValidationMetrics(0.4405, map("cot", 0.25, "l2m", 0.05, "pot", 0.69, "none", 0.01), 1.1),
                map("cot", 1.0, "l2m", 1.0, "pot", 1.0),
                map("gsm8k-test", 0.4405, "svamp", 0.52),
                6_938);
    }

    static IterationMetrics iteration1() {
        return new IterationMetrics(
                1,
                new MixMetrics(0.62, 11_470, 7_030),
                new ValidationMetrics(0.4723, map("pot", 0.8, "cot", 0.15, "l2m", 0.05), 0.884),
                map("cot", 0.7, "l2m", 0.9, "pot", 0.5),
                map("gsm8k-test", 0.4723, "svamp", 0.551),
                6_938);
    }

    static IterationMetrics iteration2() {
        return new IterationMetrics(
                2,
                new MixMetrics(0.2, 3_700, 14_800),
                new ValidationMetrics(0.46, map("pot", 0.9, "cot", 0.1), 0.469),
                map("cot", 0.3, "l2m", 0.6, "pot", 0.1),
                map("gsm8k-test", 0.468, "svamp", 0.559),
                6_938);
    }

    static Map<String, TestMetrics> test() {
        Map<String, TestMetrics> test = new LinkedHashMap<>();
        test.put(
                "svamp",
                new TestMetrics(
                        1000,
                        0.551,
                        List.of(0.52, 0.5817),
                        Map.of("pot", new ShareAccuracy(0.8, 0.6), "cot", new ShareAccuracy(0.2, 0.355)),
                        0.722,
                        null,
                        SampledMetrics.NONE));
        test.put(
                "gsm8k-test",
                new TestMetrics(
                        1319,
                        0.4723,
                        List.of(0.4455, 0.4992),
                        Map.of(
                                "cot",
                                new ShareAccuracy(0.15, 0.4),
                                "l2m",
                                new ShareAccuracy(0.05, 0.3),
                                "pot",
                                new ShareAccuracy(0.8, 0.5)),
                        0.884,
                        new Harness(264, 0.381, 0.402),
                        new SampledMetrics(
                                4,
                                Optional.of(new SampledMetrics.AtK(0.5012, 0.6331)),
                                Map.of(),
                                OptionalDouble.empty())));
        return test;
    }

    static List<VariantResult> comparison() {
        return List.of(
                new VariantResult(
                        "SIKeD adaptive",
                        "self-generated rows replace solved teacher rows",
                        List.of(1L, 2L, 3L),
                        MeanSd.of(List.of(0.47, 0.48, 0.465)),
                        Map.of("gsm8k-test", MeanSd.of(List.of(0.4723, 0.4801, 0.4688)))),
                new VariantResult(
                        "Combined",
                        "iteration 0 | all strategies pooled",
                        List.of(1L),
                        null,
                        Map.of("gsm8k-test", MeanSd.of(List.of(0.4405)), "svamp", MeanSd.of(List.of(0.52)))));
    }

    /** A map that keeps the given order, to show that the records do not. */
    static Map<String, Double> map(Object... keysAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return map;
    }
}
