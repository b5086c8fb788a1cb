package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Encodes the student format into token ids the same way for training and for sampling.
 *
 * <p>The prompt, the strategy tag and the body are encoded separately and their ids concatenated.
 * Encoding the joined string instead lets the tokenizer merge across the boundaries, and a tag
 * pre-filled at sampling time then no longer matches the tokens seen in training: in a spike this
 * cut pot accuracy from 93 % to 27 % (docs/method.md, "Quickstart"). Sequences are:
 *
 * <pre>
 * training:           [bos] prompt | tag body [eos]      (loss on the part after |)
 * sampling, forced:   [bos] prompt   tag                 (the model writes body [eos])
 * sampling, free:     [bos] prompt                       (the model writes tag body [eos])
 * </pre>
 *
 * @param format the student format
 * @param tokenizer the model's tokenizer
 */
public record StudentEncoder(StudentFormat format, StudentTokenizer tokenizer) {

    public StudentEncoder {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /** The beginning marker, when the tokenizer has one, then the prompt's ids. */
    public int[] prompt(String question, Optional<Strategy> task) {
        int[] prompt = tokenizer.encode(format.prompt(question, task));
        return tokenizer.bosId().isPresent()
                ? concat(new int[] {tokenizer.bosId().getAsInt()}, prompt)
                : prompt;
    }

    /** The ids of the pre-filled tag, {@code [s]: } (none in task-prefix mode). */
    public int[] prefill(Strategy strategy) {
        return tokenizer.encode(format.prefill(strategy));
    }

    /**
     * A training example: prompt ids, then response ids made of the tag's ids, the body's ids and
     * the end marker.
     */
    public TokenizedExample encode(TrainingExample example, float weight) {
        int[] prompt = prompt(example.question(), Optional.of(example.strategy()));
        int[] body = tokenizer.encode(format.body(example.rationale()));
        int[] response = concat(prefill(example.strategy()), body, new int[] {tokenizer.eosId()});
        return new TokenizedExample(prompt, response, weight);
    }

    /** What the sampler feeds the model: the prompt, and the tag when the strategy is forced. */
    public int[] samplingInput(String question, Optional<Strategy> forced) {
        int[] prompt = prompt(question, forced);
        return forced.isPresent() ? concat(prompt, prefill(forced.get())) : prompt;
    }

    /**
     * The whole response text after sampling: the pre-filled tag's text, if any, then the decoded
     * new ids (the end marker and what follows it already cut off by the sampler).
     */
    public String responseText(Optional<Strategy> forced, int[] generatedIds) {
        return forced.map(format::prefill).orElse("") + tokenizer.decode(generatedIds);
    }

    static int[] concat(int[]... parts) {
        return Arrays.stream(parts).flatMapToInt(IntStream::of).toArray();
    }
}
