package io.github.siked.djl.train;

import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.ModelConfig;

/**
 * Where each LoRA target sits in the decoder: its projection site, its row block within the
 * site's (possibly fused) weight, and its PEFT module path.
 *
 * @param name the target as configurations write it (q, k, v, o, gate, up, down)
 * @param site the decoder projection it adapts
 * @param firstRow the first output row of the block within the site's weight
 * @param rows output rows (out)
 * @param columns input width (in)
 * @param module the module path under a layer in Hugging Face names, for instance {@code
 *     self_attn.q_proj}
 */
record LoraTarget(String name, Adapter.Site site, int firstRow, int rows, int columns, String module) {

    /** The target's geometry in a model of {@code config}. */
    static LoraTarget of(String name, ModelConfig config) {
        int hidden = config.dimensions().hiddenSize();
        int query = config.attention().numHeads() * config.attention().headDim();
        int kv = config.attention().numKvHeads() * config.attention().headDim();
        int inter = config.dimensions().intermediateSize();
        return switch (name) {
            case "q" -> new LoraTarget(name, Adapter.Site.QKV, 0, query, hidden, "self_attn.q_proj");
            case "k" -> new LoraTarget(name, Adapter.Site.QKV, query, kv, hidden, "self_attn.k_proj");
            case "v" -> new LoraTarget(name, Adapter.Site.QKV, query + kv, kv, hidden, "self_attn.v_proj");
            case "o" -> new LoraTarget(name, Adapter.Site.OUTPUT, 0, hidden, query, "self_attn.o_proj");
            case "gate" -> new LoraTarget(name, Adapter.Site.GATE_UP, 0, inter, hidden, "mlp.gate_proj");
            case "up" -> new LoraTarget(name, Adapter.Site.GATE_UP, inter, inter, hidden, "mlp.up_proj");
            case "down" -> new LoraTarget(name, Adapter.Site.DOWN, 0, hidden, inter, "mlp.down_proj");
            default ->
                throw new IllegalArgumentException(
                        "siked.train.lora.targets names '" + name + "': use some of q, k, v, o, gate, up, down");
        };
    }

    /** The PEFT module name ({@code q_proj}) that adapter_config.json lists. */
    String peftModule() {
        return module.substring(module.indexOf('.') + 1);
    }

    /** The PEFT tensor name of this target's A or B in layer {@code layer}. */
    String peftTensor(int layer, char matrix) {
        return "base_model.model.model.layers." + layer + "." + module + ".lora_" + matrix + ".weight";
    }
}
