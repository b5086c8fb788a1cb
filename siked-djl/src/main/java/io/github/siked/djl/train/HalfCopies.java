package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.DecoderWeights;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The weights each training pass computes with, and where their gradients end up.
 *
 * <p>In fp32 the passes use the float32 trainable weights themselves and backward accumulates
 * gradients in them. In fp16 mixed precision (Micikevicius et al.,
 * <a href="https://arxiv.org/abs/1710.03740">arXiv 1710.03740</a>, section 3.1) the float32
 * weights are masters that only the optimizer touches:
 *
 * <ul>
 *   <li>each pass computes with float16 copies of the trainable masters, made as leaves that
 *       require gradients, and backward fills their float16 gradients;
 *   <li>{@link #collect} adds those gradients, widened to float32, to the step's float32 sums,
 *       which clipping and AdamW then read like fp32 gradients;
 *   <li>frozen weights (the base under LoRA) are copied to float16 once for the run. The float32
 *       base stays as it was: the merged export adds the adapter to it, not to its rounded copy.
 * </ul>
 *
 * <p>Why leaf copies rather than a cast of the masters inside the graph: DJL 0.35.1 casts ({@code
 * toType}) under torch's no-grad guard, so a cast cuts the graph, and the arithmetic workaround
 * ({@link io.github.siked.djl.model.DifferentiableCast}) would make backward accumulate into the
 * masters' own gradient buffers, which an overflowing step fills with inf and NaN (zeroing by
 * g − g then gives NaN). Here the masters stay out of the graph: an overflowed step's sums are
 * dropped with its manager, and float16 weight gradients folded into a float32 update are the
 * paper's own scheme.
 */
final class HalfCopies implements AutoCloseable {

    /** One pass's weights and adapter, and the trainable float16 copies backward will fill. */
    record Pass(DecoderWeights weights, Adapter adapter, Map<String, NDArray> copies) {}

    private final Map<String, NDArray> masters;
    private final DecoderWeights decoderWeights;
    private final Optional<LoraAdapter> lora;
    private final DataType type;
    private final NDManager manager;
    /** The decoder's weights in float16, made once when they are frozen (LoRA); else null. */
    private final DecoderWeights frozen;
    /** Each master's name, to put the copies where the decoder's weights go. */
    private final Map<NDArray, String> names = new IdentityHashMap<>();
    /** The step's float32 gradient sums (fp16), owned by the step's manager. */
    private Map<String, NDArray> sums = new LinkedHashMap<>();

    /**
     * @param masters the trainable float32 weights by name: the decoder's, or LoRA's A and B
     * @param decoderWeights the decoder's weights (the masters themselves without LoRA)
     * @param lora the adapter, whose base is then frozen
     * @param type the compute dtype: float32 or float16
     * @param parent the run's manager; the frozen copy lives in a sub-manager of it
     */
    HalfCopies(
            Map<String, NDArray> masters,
            DecoderWeights decoderWeights,
            Optional<LoraAdapter> lora,
            DataType type,
            NDManager parent) {
        this.masters = masters;
        this.decoderWeights = decoderWeights;
        this.lora = lora;
        this.type = type;
        this.manager = parent.newSubManager();
        masters.forEach((name, p) -> names.put(p, name));
        this.frozen = lora.isPresent() && type != DataType.FLOAT32 ? decoderWeights.map(p -> copy(p, manager)) : null;
    }

    /** Whether passes compute with copies (fp16) rather than the masters (fp32). */
    boolean copying() {
        return type != DataType.FLOAT32;
    }

    /**
     * The weights and adapter for one pass; per-pass copies belong to {@code pass}, which the caller
     * closes after {@link #collect}.
     */
    Pass pass(NDManager pass) {
        Adapter adapter = lora.<Adapter>map(a -> a).orElse(Adapter.NONE);
        if (!copying()) {
            return new Pass(decoderWeights, adapter, Map.of());
        }
        Map<String, NDArray> copies = new LinkedHashMap<>();
        masters.forEach((name, p) -> {
            NDArray copy = copy(p, pass);
            copy.setRequiresGradient(true);
            copies.put(name, copy);
        });
        if (lora.isPresent()) {
            return new Pass(frozen, lora.get().using(copies), copies);
        }
        return new Pass(decoderWeights.map(p -> copies.get(names.get(p))), adapter, copies);
    }

    /**
     * After a pass's backward (fp16): adds its copies' gradients, widened to float32, to the step's
     * sums, which live in {@code step}.
     */
    void collect(Pass pass, NDManager step) {
        pass.copies().forEach((name, copy) -> {
            NDArray wide = copy.getGradient().toType(DataType.FLOAT32, false);
            NDArray sum = sums.get(name);
            if (sum == null) {
                wide.attach(step);
                sums.put(name, wide);
            } else {
                sum.addi(wide);
            }
        });
    }

    /**
     * The step's gradients by name, as handles owned by {@code step}: the masters' own (fp32), or
     * the float32 sums of the copies' gradients (fp16), which go with the step's manager.
     */
    Map<String, NDArray> gradients(NDManager step) {
        if (copying()) {
            Map<String, NDArray> collected = sums;
            sums = new LinkedHashMap<>();
            return collected;
        }
        Map<String, NDArray> gradients = new LinkedHashMap<>();
        masters.forEach((name, p) -> {
            NDArray gradient = p.getGradient();
            gradient.attach(step);
            gradients.put(name, gradient);
        });
        return gradients;
    }

    /** {@code p} in the compute dtype, owned by {@code owner}; DJL's cast records no gradient. */
    private NDArray copy(NDArray p, NDManager owner) {
        NDArray copy = p.toType(type, true);
        copy.attach(owner);
        return copy;
    }

    @Override
    public void close() {
        manager.close();
    }
}
