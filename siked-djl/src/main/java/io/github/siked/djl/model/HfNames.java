package io.github.siked.djl.model;

/** Hugging Face parameter names of Llama-family checkpoints. */
final class HfNames {

    static final String EMBEDDING = "model.embed_tokens.weight";
    static final String FINAL_NORM = "model.norm.weight";
    static final String LM_HEAD = "lm_head.weight";

    private HfNames() {}

    static String layer(int index, String rest) {
        return "model.layers." + index + "." + rest;
    }

    static String attention(int index, String projection, String kind) {
        return layer(index, "self_attn." + projection + "_proj." + kind);
    }

    static String mlp(int index, String projection) {
        return layer(index, "mlp." + projection + "_proj.weight");
    }
}
