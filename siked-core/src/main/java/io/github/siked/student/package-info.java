/**
 * The student seen from the core: the student format, its tokenization, packing, settings, and the
 * interfaces an engine implements (SIKeD, arXiv 2410.18574, section 3).
 *
 * <ul>
 *   <li>{@link io.github.siked.student.StudentFormat}: prompt, pre-filled tag, response and its
 *       parse, in SIKeD's tagged mode or Mixed Distillation's task-prefix mode.
 *   <li>{@link io.github.siked.student.StudentEncoder}: prompt, tag and body encoded separately and
 *       concatenated, the same way in training and sampling.
 *   <li>{@link io.github.siked.student.WordTokenizer}: the tiny from-scratch student's tokenizer,
 *       saved by {@link io.github.siked.student.WordTokenizerFile}.
 *   <li>{@link io.github.siked.student.Packer}: fixed-length rows of whole examples with a loss mask
 *       on response tokens and segment ids.
 *   <li>{@link io.github.siked.student.TrainingEngine} and {@link
 *       io.github.siked.student.SamplingEngine} (the loop sees both as one {@link
 *       io.github.siked.student.StudentEngine}), {@link io.github.siked.student.StudentTrainer},
 *       {@link io.github.siked.student.StudentSampler} with {@link
 *       io.github.siked.student.TrainConfig} and {@link io.github.siked.student.SampleConfig}: what
 *       an engine module ({@code siked-djl}) implements. Only JDK and project types cross them. The
 *       settings are small records grouped by concern ({@link io.github.siked.student.Optimization},
 *       {@link io.github.siked.student.Batching}, {@link io.github.siked.student.Decoding}), built
 *       by name through their builders.
 * </ul>
 */
package io.github.siked.student;
