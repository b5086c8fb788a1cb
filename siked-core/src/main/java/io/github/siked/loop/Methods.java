package io.github.siked.loop;

import io.github.siked.mix.MixPolicy;
import io.github.siked.mix.Mixing;
import io.github.siked.mix.TeacherSelection;
import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The catalogue of methods an experiment names in {@code <method>} and {@code <compare>}: SIKeD's
 * mixing policies (SIKeD, arXiv 2410.18574), its baselines, the teacher-only control and Mixed
 * Distillation's balanced data (Li et al., Findings of EMNLP 2024).
 *
 * @param strategies the experiment's strategies
 * @param priority the biased-strategy baseline's order
 * @param iterations how many iterations the methods that iterate run after iteration 0, and what
 *     those train from
 */
public record Methods(List<Strategy> strategies, List<Strategy> priority, Iterations iterations) {

    /** Every name {@link #named} knows, for messages and documentation. */
    public static final List<String> NAMES = List.of(
            "siked",
            "siked-keep-all",
            "siked-all",
            "self-only",
            "fixed-alpha-<a>",
            "control",
            "combined",
            "cot-only",
            "l2m-only",
            "pot-only",
            "biased",
            "mixed-thought");

    public Methods {
        strategies = List.copyOf(strategies);
        priority = List.copyOf(priority);
        Objects.requireNonNull(iterations, "iterations");
    }

    /**
     * The method with this name.
     *
     * @param element the pom element that named it, for the message
     */
    public Method named(String name, String element) {
        String key = name == null ? "" : name.strip();
        return switch (key) {
            case "siked" ->
                sikeD(
                        key,
                        "SIKeD, adaptive mixing, 1 correct self-sample per question and strategy",
                        MixPolicy.ADAPTIVE,
                        1,
                        OptionalDouble.empty());
            case "siked-keep-all" ->
                sikeD(
                        key,
                        "SIKeD, adaptive mixing, every correct self-sample kept",
                        MixPolicy.ADAPTIVE,
                        0,
                        OptionalDouble.empty());
            case "siked-all" ->
                sikeD(
                        key,
                        "SIKeD, all teacher rows kept beside the self-samples",
                        MixPolicy.ALL,
                        1,
                        OptionalDouble.empty());
            case "self-only" ->
                sikeD(
                        key,
                        "self-distillation on the student's own correct samples only",
                        MixPolicy.SELF_ONLY,
                        1,
                        OptionalDouble.empty());
            case "control" ->
                new Method(
                        key,
                        "teacher-only control: as many extra training rows as SIKeD, all teacher",
                        TeacherSelection.COMBINED,
                        priority,
                        Optional.empty(),
                        true,
                        iterations);
            case "combined" ->
                baseline(
                        key,
                        "Combined: teacher data of every strategy (SIKeD's iteration 0)",
                        TeacherSelection.COMBINED);
            case "cot-only" -> baseline(key, "teacher chain-of-thought data only", TeacherSelection.COT);
            case "l2m-only" -> baseline(key, "teacher least-to-most data only", TeacherSelection.L2M);
            case "pot-only" -> baseline(key, "teacher program-of-thought data only", TeacherSelection.POT);
            case "biased" ->
                baseline(
                        key,
                        "biased strategy: one teacher trace per question by priority " + priority,
                        TeacherSelection.BIASED);
            case "mixed-thought" ->
                baseline(key, "Mixed Distillation's balanced cot and pot teacher data", TeacherSelection.MIXED_THOUGHT);
            default -> {
                if (key.startsWith("fixed-alpha-")) {
                    yield sikeD(
                            key,
                            "fixed teacher share alpha = " + key.substring(12),
                            MixPolicy.FIXED_ALPHA,
                            1,
                            OptionalDouble.of(alpha(key, element)));
                }
                throw new IllegalArgumentException(element + " names method '" + name + "': use one of " + NAMES);
            }
        };
    }

    private Method sikeD(String name, String description, MixPolicy policy, int keepSelf, OptionalDouble alpha) {
        return new Method(
                name,
                description,
                TeacherSelection.COMBINED,
                priority,
                Optional.of(new Mixing(policy, strategies, keepSelf, alpha)),
                false,
                iterations);
    }

    private Method baseline(String name, String description, TeacherSelection selection) {
        return new Method(
                name,
                description,
                selection,
                priority,
                Optional.empty(),
                false,
                new Iterations(0, iterations.trainFrom()));
    }

    private static double alpha(String name, String element) {
        try {
            return Double.parseDouble(name.substring("fixed-alpha-".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(element + " names method '" + name
                    + "': write the teacher share after fixed-alpha-, for instance fixed-alpha-0.5");
        }
    }
}
