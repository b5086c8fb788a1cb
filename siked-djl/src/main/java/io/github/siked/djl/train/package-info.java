/**
 * Supervised fine-tuning of a {@link io.github.siked.djl.model.Decoder} on packed student-format
 * examples (SIKeD, <a href="https://arxiv.org/abs/2410.18574">arXiv 2410.18574</a>):
 * {@link io.github.siked.djl.train.DjlStudentTrainer} implements the core's
 * {@link io.github.siked.student.StudentTrainer}; {@code TrainingLoop} runs the steps.
 *
 * <ul>
 *   <li>Start ({@code StartFolder}): from scratch with a word vocabulary built from the examples,
 *       from a word-tokenizer student, or from a Hugging Face model with its {@code
 *       tokenizer.json}, whose files are copied beside the trained weights; the examples are
 *       encoded by the core's {@link io.github.siked.student.StudentEncoder}, as the sampler does.
 *   <li>Loss ({@code ResponseLoss}): cross-entropy on response tokens only, weighted per example
 *       (Mixed Distillation's per-task weights), divided by the optimizer step's total weight, so
 *       accumulated micro-batches train as one batch. Packed rows attend within each example
 *       (block-diagonal causal mask from the segment ids) with positions restarting per example.
 *   <li>Optimizer ({@code AdamW}, arXiv 1711.05101): decoupled weight decay (not on vectors), bias
 *       correction, in-place updates; global-norm clipping folded into its coefficients
 *       ({@code OptimizerStep}, which also skips fp16 overflows and stops a diverged run); warmup
 *       then linear or cosine decay ({@code LearningRate}).
 *   <li>LoRA ({@code LoraAdapter}, arXiv 2106.09685) through the decoder's
 *       {@link io.github.siked.djl.model.Adapter} hook, on row blocks of the fused q/k/v and
 *       gate/up matrices; exported merged (Hugging Face layout) and in PEFT layout
 *       ({@code LoraExport}).
 *   <li>Checkpoints ({@code TrainCheckpoint}): trainable weights and moments in one safetensors
 *       file, written atomically; a resumed run ends with the same weights as an uninterrupted one
 *       (dropout is seeded per step).
 *   <li>Device: the model, each step's batches and the optimizer's moments live on the device the
 *       trainer is given ({@link io.github.siked.djl.device.Placement}), which it names in its
 *       first log line with the arithmetic.
 *   <li>Mixed precision (arXiv 1710.03740; {@code siked.train.precision}, auto: fp16 on a GPU,
 *       fp32 on the CPU): the trainable weights, LoRA's A and B, AdamW's moments and the gradient
 *       sums stay float32; each pass computes with float16 copies ({@code HalfCopies}), RMSNorm,
 *       softmax and the loss in float32; the loss is scaled before backward ({@code LossScale}:
 *       2¹⁶, halved and the step skipped on an overflow, doubled after 2,000 good steps), the
 *       scale divided out in AdamW's coefficient, and saved with the checkpoint. The saved model
 *       is the float32 masters.
 * </ul>
 *
 * <p>Package graph: {@code train} → {@code model}, {@code safetensors}, {@code device}, {@code
 * tokenizer}, and the core's {@code student} and {@code event}; only the engine ({@code
 * io.github.siked.djl}) uses it.
 */
package io.github.siked.djl.train;
