package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;

/**
 * One decoder layer's parameters. The q, k and v projections are stored fused, rows in that
 * order, and so are gate and up, so each costs one native matmul instead of three or two; the
 * Hugging Face layout (out, in) is kept, so splitting them back is a row slice.
 *
 * @param inputNorm RMSNorm weight before attention, (hidden)
 * @param qkv fused q, k, v projection, (heads·head_dim + 2·kv_heads·head_dim, hidden)
 * @param qkvBias its bias (Qwen2), or null
 * @param output o_proj, (hidden, heads·head_dim)
 * @param postNorm RMSNorm weight before the MLP, (hidden)
 * @param gateUp fused gate and up projections, (2·intermediate, hidden)
 * @param down down projection, (hidden, intermediate)
 */
public record LayerWeights(
        NDArray inputNorm,
        NDArray qkv,
        NDArray qkvBias,
        NDArray output,
        NDArray postNorm,
        NDArray gateUp,
        NDArray down) {}
