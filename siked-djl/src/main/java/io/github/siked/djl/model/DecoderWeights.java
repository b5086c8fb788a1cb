package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * All parameters of a decoder, as arrays of one dtype (float32, or float16 for a decoder that
 * samples in half precision) owned by the decoder's manager, or per-step float16 copies of them
 * ({@link #map}).
 *
 * @param embedding token embedding, (vocab, hidden)
 * @param layers the decoder layers, first to last
 * @param finalNorm RMSNorm weight after the last layer, (hidden)
 * @param lmHead the LM head, (vocab, hidden), or null when tied to the embedding
 */
public record DecoderWeights(NDArray embedding, List<LayerWeights> layers, NDArray finalNorm, NDArray lmHead) {

    public DecoderWeights {
        layers = List.copyOf(layers);
    }

    /** The LM head's matrix: its own, or the embedding when tied. */
    public NDArray head() {
        return lmHead == null ? embedding : lmHead;
    }

    /**
     * Every parameter passed through {@code f}, once each: a tied LM head stays tied (null), so the
     * copy of the embedding serves both ends. Mixed-precision training casts the float32 masters
     * to float16 this way.
     */
    public DecoderWeights map(UnaryOperator<NDArray> f) {
        List<LayerWeights> mapped = layers.stream()
                .map(l -> new LayerWeights(
                        f.apply(l.inputNorm()),
                        f.apply(l.qkv()),
                        l.qkvBias() == null ? null : f.apply(l.qkvBias()),
                        f.apply(l.output()),
                        f.apply(l.postNorm()),
                        f.apply(l.gateUp()),
                        f.apply(l.down())))
                .toList();
        return new DecoderWeights(
                f.apply(embedding), mapped, f.apply(finalNorm), lmHead == null ? null : f.apply(lmHead));
    }

    /**
     * Every parameter once, by siked's internal name ({@code layers.3.qkv}); the order is stable,
     * so an optimizer may keep its state in this order.
     */
    public Map<String, NDArray> parameters() {
        Map<String, NDArray> all = new LinkedHashMap<>();
        all.put("embedding", embedding);
        for (int i = 0; i < layers.size(); i++) {
            LayerWeights layer = layers.get(i);
            String prefix = "layers." + i + ".";
            all.put(prefix + "input_norm", layer.inputNorm());
            all.put(prefix + "qkv", layer.qkv());
            if (layer.qkvBias() != null) {
                all.put(prefix + "qkv_bias", layer.qkvBias());
            }
            all.put(prefix + "output", layer.output());
            all.put(prefix + "post_norm", layer.postNorm());
            all.put(prefix + "gate_up", layer.gateUp());
            all.put(prefix + "down", layer.down());
        }
        all.put("final_norm", finalNorm);
        if (lmHead != null) {
            all.put("lm_head", lmHead);
        }
        return all;
    }
}
