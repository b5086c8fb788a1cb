package io.github.siked.djl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import io.github.siked.djl.model.Adapter;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.student.LoraConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Low-rank adaptation (LoRA; Hu et al., <a href="https://arxiv.org/abs/2106.09685">arXiv
 * 2106.09685</a>) of a frozen decoder: each target projection W x becomes W x + (α/r)·B A
 * dropout(x), with A (r, in) drawn Kaiming-uniform from the seed and B (out, r) zero, as PEFT
 * initialises them, so training starts from the base model exactly.
 *
 * <p>The decoder fuses q/k/v and gate/up into one matrix each; an adapter on q adds its term to
 * the q rows of the fused output only, so the trained adapter is the one PEFT would have on
 * separate q_proj, k_proj and v_proj modules. Dropout (torch's, seeded by the trainer per step) is
 * drawn separately for each target, as PEFT's per-module dropout.
 *
 * <p>A and B stay float32: in fp16 mixed precision they are the masters, and each pass computes
 * with float16 copies handed in through {@link #using} ({@link HalfCopies}).
 */
final class LoraAdapter implements Adapter, AutoCloseable {

    private final LoraConfig config;
    private final NDManager manager;
    /** α/r in float32 and in float16, for passes in either dtype. */
    private final NDArray scale;

    private final NDArray halfScale;
    /** Per layer, per site: the site's targets in row order. */
    private final List<Map<Site, List<LoraTarget>>> sites = new ArrayList<>();
    /** A and B by internal name: {@code layers.3.q.A}. */
    private final Map<String, NDArray> parameters = new LinkedHashMap<>();

    private final Map<Site, Integer> siteRows = new LinkedHashMap<>();
    private boolean training;

    LoraAdapter(ModelConfig model, LoraConfig config, long seed, NDManager parent) {
        this.config = config;
        this.manager = parent.newSubManager();
        this.scale = manager.create((float) config.scale());
        this.halfScale = scale.toType(DataType.FLOAT16, true);
        siteRows.put(Site.QKV, model.attention().qkvSize());
        siteRows.put(Site.OUTPUT, model.dimensions().hiddenSize());
        siteRows.put(Site.GATE_UP, 2 * model.dimensions().intermediateSize());
        siteRows.put(Site.DOWN, model.dimensions().hiddenSize());
        Random random = new Random(seed);
        for (int layer = 0; layer < model.dimensions().numLayers(); layer++) {
            Map<Site, List<LoraTarget>> bySite = new LinkedHashMap<>();
            for (String name : config.targets()) {
                LoraTarget target = LoraTarget.of(name, model);
                bySite.computeIfAbsent(target.site(), s -> new ArrayList<>()).add(target);
                // Kaiming-uniform with a = √5, as nn.Linear and PEFT: bound 1/√in.
                float bound = (float) (1 / Math.sqrt(target.columns()));
                float[] a = new float[config.rank() * target.columns()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = (random.nextFloat() * 2 - 1) * bound;
                }
                parameters.put(key(layer, name, 'A'), manager.create(a, new Shape(config.rank(), target.columns())));
                parameters.put(key(layer, name, 'B'), manager.zeros(new Shape(target.rows(), config.rank())));
            }
            sites.add(bySite);
        }
    }

    static String key(int layer, String target, char matrix) {
        return "layers." + layer + "." + target + "." + matrix;
    }

    LoraConfig config() {
        return config;
    }

    /** Every A and B, by internal name, in a stable order; these are the trainable weights. */
    Map<String, NDArray> parameters() {
        return parameters;
    }

    /** Dropout applies only while training. */
    void training(boolean on) {
        training = on;
    }

    @Override
    public NDArray adapt(int layer, Site site, NDArray input, NDArray output) {
        return adapt(layer, site, input, output, parameters);
    }

    /**
     * This adapter computing with {@code weights} in place of its own A and B (same names): mixed
     * precision passes float16 copies of the float32 masters, whose gradients it then collects.
     */
    Adapter using(Map<String, NDArray> weights) {
        return (layer, site, input, output) -> adapt(layer, site, input, output, weights);
    }

    private NDArray adapt(int layer, Site site, NDArray input, NDArray output, Map<String, NDArray> weights) {
        List<LoraTarget> targets = sites.get(layer).get(site);
        if (targets == null) {
            return output;
        }
        long batch = input.getShape().get(0);
        long seq = input.getShape().get(1);
        // The pass's dtype, read from a long-lived array (cached there, no native call).
        DataType type = weights.get(key(layer, targets.get(0).name(), 'A')).getDataType();
        NDList blocks = new NDList();
        int row = 0;
        for (LoraTarget target : targets) {
            if (target.firstRow() > row) {
                // An untargeted block of a fused site (k when only q and v are): no change there.
                blocks.add(input.getManager().zeros(new Shape(batch, seq, target.firstRow() - row), type));
            }
            blocks.add(delta(layer, target, input, weights, type));
            row = target.firstRow() + target.rows();
        }
        if (row < siteRows.get(site)) {
            blocks.add(input.getManager().zeros(new Shape(batch, seq, siteRows.get(site) - row), type));
        }
        // (batch, seq, out): the deltas laid over the site's rows.
        NDArray delta = blocks.size() == 1 ? blocks.get(0) : NDArrays.concat(blocks, 2);
        return output.add(delta);
    }

    /** (α/r)·B A dropout(x), (batch, seq, rows of the target). */
    private NDArray delta(int layer, LoraTarget target, NDArray input, Map<String, NDArray> weights, DataType type) {
        NDArray x = training && config.dropout() > 0
                ? Dropout.dropout(input, (float) config.dropout(), true).head()
                : input;
        // (batch, seq, r), scaled there: the narrowest point.
        NDArray low = Linear.linear(x, weights.get(key(layer, target.name(), 'A')))
                .head()
                .mul(type == DataType.FLOAT32 ? scale : halfScale);
        return Linear.linear(low, weights.get(key(layer, target.name(), 'B'))).head();
    }

    /** The merged update (α/r)·B A of a target, (rows, in), in {@code step}. */
    NDArray update(int layer, LoraTarget target, NDManager step) {
        NDArray b = parameters.get(key(layer, target.name(), 'B'));
        NDArray a = parameters.get(key(layer, target.name(), 'A'));
        return step.create((float) config.scale()).mul(b).matMul(a);
    }

    /** The targets of one layer, in configuration order. */
    List<LoraTarget> targets(ModelConfig model) {
        return config.targets().stream().map(name -> LoraTarget.of(name, model)).toList();
    }

    @Override
    public void close() {
        manager.close();
    }
}
