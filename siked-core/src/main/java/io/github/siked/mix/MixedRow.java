package io.github.siked.mix;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.siked.record.Origin;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import java.util.Comparator;
import java.util.Objects;

/**
 * One training row of a mixed data set, with where it came from. Its JSON is a {@link Sample}'s
 * plus {@code seed}, so the train stage reads a mixed file as samples (the shared mapper ignores
 * the extra field).
 *
 * @param id the problem's id
 * @param strategy the strategy the text is written in
 * @param origin teacher or student
 * @param iteration the iteration that produced the text (0 for the teacher)
 * @param index the sample's index among those drawn for its problem and strategy
 * @param seed the seed of the run that drew the text (the teacher's or the student's sampling seed)
 * @param text the text, strategy tag included or not
 */
@JsonPropertyOrder({"id", "strategy", "origin", "iteration", "index", "seed", "text"})
public record MixedRow(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "strategy", required = true) Strategy strategy,
        @JsonProperty(value = "origin", required = true) Origin origin,
        @JsonProperty("iteration") int iteration,
        @JsonProperty("index") int index,
        @JsonProperty("seed") long seed,
        @JsonProperty(value = "text", required = true) String text) {

    /**
     * The order of every file this package writes: strategy, problem id, teacher rows before student
     * rows, sample index, then the text, so that the same rows always give the same bytes.
     */
    public static final Comparator<MixedRow> ORDER = Comparator.comparing(MixedRow::strategy)
            .thenComparing(MixedRow::id)
            .thenComparing(MixedRow::origin)
            .thenComparingInt(MixedRow::index)
            .thenComparingInt(MixedRow::iteration)
            .thenComparing(MixedRow::text);

    public MixedRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
    }

    /** A sample as a row, with the seed of the run that drew it. */
    public static MixedRow of(Sample s, long seed) {
        return new MixedRow(s.id(), s.strategy(), s.origin(), s.iteration(), s.index(), seed, s.text());
    }

    /** The row as a sample (the seed dropped). */
    public Sample toSample() {
        return new Sample(id, strategy, origin, iteration, index, text);
    }
}
