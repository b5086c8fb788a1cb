package io.github.siked.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Verdict;
import io.github.siked.strategy.Strategy;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary written next to graded samples (docs/contracts.md, "Records"): {@code total}, {@code correct},
 * {@code accuracy}, {@code verdicts} and {@code byStrategy}, plus lm-evaluation-harness's
 * strict-match and flexible-extract scores over the prose (cot and l2m) samples, so numbers can be
 * set beside published ones.
 */
@JsonPropertyOrder({"total", "correct", "accuracy", "verdicts", "byStrategy", "harness"})
public record VerifySummary(
        long total,
        long correct,
        double accuracy,
        Map<String, Long> verdicts,
        Map<String, StrategyCount> byStrategy,
        // Written as null when no prose was graded, so that the field is always there for readers.
        @JsonInclude(JsonInclude.Include.ALWAYS) Harness harness) {

    /** One line for the log: {@code accuracy 70.0% (7/10)}. */
    public String accuracyLine() {
        return String.format(java.util.Locale.ROOT, "accuracy %.1f%% (%d/%d)", 100 * accuracy, correct, total);
    }

    /** Samples and correct ones for one strategy. */
    public record StrategyCount(long total, long correct) {}

    /** lm-evaluation-harness gsm8k scores over the prose samples. */
    @JsonPropertyOrder({"samples", "strictMatch", "flexibleExtract"})
    public record Harness(long samples, double strictMatch, double flexibleExtract) {}

    /** Counts graded samples as they stream past. Not thread-safe: feed it from one thread. */
    public static final class Tally {
        private long total;
        private long correct;
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Strategy, long[]> byStrategy = new EnumMap<>(Strategy.class);
        private long proseSamples;
        private long strictCorrect;
        private long flexibleCorrect;

        public void add(GradedSample sample, HarnessScore harness) {
            total++;
            if (sample.correct()) {
                correct++;
            }
            verdicts.merge(sample.verdict(), 1L, Long::sum);
            long[] counts = byStrategy.computeIfAbsent(sample.strategy(), s -> new long[2]);
            counts[0]++;
            if (sample.correct()) {
                counts[1]++;
            }
            if (harness != null) {
                proseSamples++;
                strictCorrect += harness.strictMatch() ? 1 : 0;
                flexibleCorrect += harness.flexibleExtract() ? 1 : 0;
            }
        }

        public VerifySummary summary() {
            Map<String, Long> verdictCounts = new LinkedHashMap<>();
            for (Verdict v : Verdict.values()) {
                verdictCounts.put(v.id(), verdicts.getOrDefault(v, 0L));
            }
            Map<String, StrategyCount> strategies = new TreeMap<>();
            byStrategy.forEach((s, c) -> strategies.put(s.id(), new StrategyCount(c[0], c[1])));
            Harness harness = proseSamples == 0
                    ? null
                    : new Harness(
                            proseSamples, ratio(strictCorrect, proseSamples), ratio(flexibleCorrect, proseSamples));
            return new VerifySummary(total, correct, ratio(correct, total), verdictCounts, strategies, harness);
        }

        private static double ratio(long part, long whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }
}
