/**
 * The Llama-family decoder on DJL's PyTorch engine: {@link io.github.siked.djl.model.ConfigJson}
 * reads config.json into a {@link io.github.siked.djl.model.ModelConfig};
 * {@link io.github.siked.djl.model.Decoder} loads Hugging Face weights (or draws seeded random
 * ones) and computes logits, from scratch or incrementally with a
 * {@link io.github.siked.djl.model.KvCache}; {@link io.github.siked.djl.model.HfExport} writes the
 * weights back in Hugging Face layout. {@link io.github.siked.djl.model.Decoder#packedLogits} serves
 * training on packed rows (per-example positions, block-diagonal causal mask) and takes an
 * {@link io.github.siked.djl.model.Adapter}, the hook LoRA adds its low-rank terms through.
 *
 * <p>A forward pass computes in the dtype of the weights it gets, float32 or float16 (mixed
 * precision, arXiv 1710.03740): the decoder keeps its fixed arrays per dtype ({@code Constants}),
 * builds RoPE tables and masks in that dtype, and runs RMSNorm and the attention softmax in float32
 * through {@link io.github.siked.djl.model.DifferentiableCast}, since DJL's own casts are not
 * recorded by autograd. Next-token logits come back float32 for picking in Java.
 *
 * <p>Layout decisions: q/k/v and gate/up projections are fused (one matmul each) in the Hugging
 * Face (out, in) layout; ragged batches are left-padded with per-row positions and an additive
 * mask; cached keys are kept transposed. Every op's result belongs to its first operand's manager,
 * so model weights, scalars and cached arrays only ever appear as second operands.
 *
 * <p>Package graph: {@code model} → {@code safetensors}; neither depends on the loop.
 */
package io.github.siked.djl.model;
