/**
 * Sampling from a student on DJL: {@link io.github.siked.djl.sample.DjlSampler} implements the
 * core's {@link io.github.siked.student.StudentSampler} (k samples per question, strategy forced
 * by the pre-filled tag or left to the student) on {@link io.github.siked.djl.sample.Generator},
 * which continues a left-padded batch with a {@link io.github.siked.djl.model.KvCache}: one
 * prefill, then one decode step per token for the whole batch.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>The draw (greedy, temperature, top-k, top-p) runs in Java on the (batch, vocab) logits
 *       copied out once per step ({@code TokenPicker}): native ops cost about 25 µs each here, more
 *       than the copy and the loops for these vocabularies.
 *   <li>Each row draws from its own stream seeded by (seed, problem id, forced strategy, sample
 *       index) ({@code RowSeed}), so samples repeat whatever the batch size, the batch's other rows
 *       and the order of problems; the sampler therefore sorts rows by prompt length to cut padding.
 *   <li>The generator puts the longest prompt first, so that each prefill chunk reads only the
 *       leading rows that have a token in it ({@link
 *       io.github.siked.djl.model.Decoder#nextLogitsOfLeadingRows}): prompts of 20 to 80 tokens in
 *       one batch skip about a third of the prefill, which is all padding.
 *   <li>Ended rows cost no decoding of text, and once half of a batch has ended the cache keeps only
 *       the live rows and drops their shared padding ({@link
 *       io.github.siked.djl.model.KvCache#retainRows}).
 *   <li>Stop strings are looked for in a window of the newest tokens, decoded each step, and cut
 *       from the final text with what follows them; the end marker is never written.
 * </ul>
 *
 * <p>Package graph: {@code sample} → {@code model}, {@code tokenizer}, and the core's {@code
 * student}, {@code record}, {@code strategy}, {@code event}.
 */
package io.github.siked.djl.sample;
