package io.github.siked.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores over k sampled answers per problem on one test set: maj@k and pass@k over all samples and
 * per forced strategy, and Mixed Distillation's cot+pot vote (Li et al., Findings of EMNLP 2024).
 * In {@code metrics.json} it is one object of named scores, in name order: {@code "cot maj@10"},
 * {@code "cot pass@10"}, {@code "cot+pot vote"}, …, and {@code "maj@10"}, {@code "pass@10"} for
 * the overall ones.
 *
 * @param k the samples per problem each maj@k and pass@k looks at; 0 when there are none
 * @param overall maj@k and pass@k over all of a problem's samples; empty when not computed
 * @param byStrategy maj@k and pass@k of each strategy's own samples, in strategy order
 * @param vote the accuracy of the majority over the cot and pot answers together; empty unless both
 *     were sampled
 */
public record SampledMetrics(int k, Optional<AtK> overall, Map<Strategy, AtK> byStrategy, OptionalDouble vote) {

    /** No sampled scores: the test set was only decoded greedily. */
    public static final SampledMetrics NONE = new SampledMetrics(0, Optional.empty(), Map.of(), OptionalDouble.empty());

    /** The name of the vote's score. */
    static final String VOTE = "cot+pot vote";

    /** {@code maj@4}, {@code cot pass@10}: an optional strategy, the score, k. */
    private static final Pattern AT_K = Pattern.compile("(?:(\\w+) )?(maj|pass)@(\\d+)");

    /**
     * maj@k and pass@k of one set of samples.
     *
     * @param maj the fraction of problems whose majority answer among the first k samples is right
     * @param pass the unbiased estimate of the chance that one of k samples is right
     */
    public record AtK(double maj, double pass) {}

    public SampledMetrics {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(vote, "vote");
        Map<Strategy, AtK> sorted = new EnumMap<>(Strategy.class);
        sorted.putAll(byStrategy);
        byStrategy = Collections.unmodifiableMap(sorted);
        boolean atK = overall.isPresent() || !byStrategy.isEmpty();
        if (k < 0 || (k == 0) == atK) {
            throw new IllegalArgumentException(
                    "sampled scores over k=" + k + " samples: give k of 1 or more with maj@k or pass@k, 0 without");
        }
        Checks.fractions(named(k, overall, byStrategy, vote), "sampled");
    }

    /** The scores by name as {@code metrics.json} and the results tables show them, in name order. */
    @JsonValue
    public SortedMap<String, Double> byName() {
        return named(k, overall, byStrategy, vote);
    }

    /**
     * Reads the scores back from their names.
     *
     * @throws IllegalArgumentException for a name that is none of the above, or scores of different k
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SampledMetrics fromNames(Map<String, Double> named) {
        if (named == null || named.isEmpty()) {
            return NONE;
        }
        Reading reading = new Reading();
        named.forEach(reading::add);
        return reading.metrics();
    }

    private static SortedMap<String, Double> named(
            int k, Optional<AtK> overall, Map<Strategy, AtK> byStrategy, OptionalDouble vote) {
        SortedMap<String, Double> named = new TreeMap<>();
        overall.ifPresent(s -> put(named, "", k, s));
        byStrategy.forEach((strategy, s) -> put(named, strategy.id() + " ", k, s));
        vote.ifPresent(v -> named.put(VOTE, v));
        return Collections.unmodifiableSortedMap(named);
    }

    private static void put(SortedMap<String, Double> named, String prefix, int k, AtK scores) {
        named.put(prefix + "maj@" + k, scores.maj());
        named.put(prefix + "pass@" + k, scores.pass());
    }

    /** The scores met so far while reading named scores. */
    private static final class Reading {
        private int k;
        private final Map<String, double[]> atK = new TreeMap<>();
        private OptionalDouble vote = OptionalDouble.empty();

        void add(String name, Double value) {
            Objects.requireNonNull(value, "sampled." + name);
            if (name.equals(VOTE)) {
                vote = OptionalDouble.of(value);
                return;
            }
            Matcher m = AT_K.matcher(name);
            int nameK = m.matches() ? Integer.parseInt(m.group(3)) : -1;
            if (nameK < 1 || (k != 0 && nameK != k)) {
                throw new IllegalArgumentException("sampled holds '" + name + "': the scores are '[<strategy> ]maj@k',"
                        + " '[<strategy> ]pass@k' with one k, and '" + VOTE + "'");
            }
            k = nameK;
            String group = m.group(1) == null ? "" : m.group(1);
            atK.computeIfAbsent(group, g -> new double[] {Double.NaN, Double.NaN})[
                    m.group(2).equals("maj") ? 0 : 1] = value;
        }

        SampledMetrics metrics() {
            Optional<AtK> overall = Optional.empty();
            Map<Strategy, AtK> byStrategy = new EnumMap<>(Strategy.class);
            for (Map.Entry<String, double[]> e : atK.entrySet()) {
                AtK scores = new AtK(e.getValue()[0], e.getValue()[1]);
                if (e.getKey().isEmpty()) {
                    overall = Optional.of(scores);
                } else {
                    byStrategy.put(Strategy.fromId(e.getKey()), scores);
                }
            }
            return new SampledMetrics(k, overall, byStrategy, vote);
        }
    }
}
