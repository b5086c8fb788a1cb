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
 * <p>Layout decisions: q/k/v and gate/up projections are fused (one matmul each) in the Hugging
 * Face (out, in) layout; ragged batches are left-padded with per-row positions and an additive
 * mask; cached keys are kept transposed. Every op's result belongs to its first operand's manager,
 * so model weights, scalars and cached arrays only ever appear as second operands.
 *
 * <p>Package graph: {@code model} → {@code safetensors}; neither depends on the loop.
 */
package io.github.siked.djl.model;
