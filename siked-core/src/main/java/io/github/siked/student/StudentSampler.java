package io.github.siked.student;

import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Draws outputs from one trained student, opened by {@link StudentEngine#sampler} on a model
 * directory. Implemented by an engine module; no tensor type crosses this interface.
 *
 * <p>An implementation feeds {@link StudentEncoder#samplingInput} (the prompt, then the pre-filled
 * tag when a strategy is forced), generates until the end marker, a stop string or {@link
 * SampleConfig#maxNewTokens}, and writes {@link StudentEncoder#responseText} as the sample's text,
 * so the text always starts with the tag the student wrote or was given. Questions with words the
 * vocabulary lacks are reported once, with {@link UnknownPieces#warning}.
 */
public interface StudentSampler extends AutoCloseable {

    /**
     * Draws {@code config.k()} outputs per problem.
     *
     * @param forced the strategy pre-filled into every response (SIKeD's self-sampling), or empty to
     *     let the student choose (evaluation)
     * @return per problem, in the problems' order, samples with indices 0 to k-1, origin student and
     *     this sampler's iteration. The strategy is the forced one, else the one the output's tag
     *     names; an output with no tag is recorded as {@code cot} with its text unchanged, so graders
     *     and statistics that read the tag from the text ({@link
     *     io.github.siked.strategy.StrategyTag#read}) still see that it has none.
     * @throws IOException when the model cannot be read
     */
    List<Sample> sample(SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events)
            throws IOException;

    /** Frees the model and its native memory. */
    @Override
    void close();
}
