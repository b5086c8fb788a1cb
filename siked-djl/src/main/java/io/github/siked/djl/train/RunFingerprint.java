package io.github.siked.djl.train;

import io.github.siked.djl.model.ModelConfig;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * What identifies a training run, so that a checkpoint is resumed only by the run that wrote it:
 * the settings, the model's shape and a hash of the encoded examples. Built field by field:
 * TrainConfig's loss-weight map is an immutable JDK map whose iteration order changes from one
 * JVM to the next, so its toString would refuse every resume after a real kill.
 */
final class RunFingerprint {

    private RunFingerprint() {}

    static String of(TrainConfig c, ModelConfig model, List<TokenizedExample> examples) {
        long hash = 17;
        for (TokenizedExample example : examples) {
            hash = hash * 31 + Arrays.hashCode(example.promptIds());
            hash = hash * 31 + Arrays.hashCode(example.responseIds());
            hash = hash * 31 + Float.floatToIntBits(example.weight());
        }
        return String.join(
                "; ",
                "format " + c.format().mode(),
                "epochs " + c.epochs(),
                "lr " + c.optimization().learningRate(),
                "schedule " + c.optimization().schedule().id(),
                "warmup " + c.optimization().warmupRatio(),
                "batch " + c.batching().batchSize(),
                "accumulation " + c.batching().gradientAccumulation(),
                "maxLength " + c.batching().maxLength(),
                "overflow " + c.batching().overflow().id(),
                "clip " + c.optimization().clipNorm(),
                "decay " + c.optimization().weightDecay(),
                "seed " + c.seed(),
                "lora " + c.lora().map(Object::toString).orElse("none"),
                "weights " + new EnumMap<>(c.lossWeights()),
                "model " + shape(model),
                "examples " + examples.size() + " #" + Long.toHexString(hash));
    }

    /**
     * The model's shape in the form ModelConfig's toString had before its values were grouped, so
     * that a checkpoint written then still resumes.
     */
    private static String shape(ModelConfig m) {
        ModelConfig.Attention attention = m.attention();
        return "ModelConfig[architecture=" + m.architecture()
                + ", vocabSize=" + m.vocabulary().size()
                + ", hiddenSize=" + m.dimensions().hiddenSize()
                + ", intermediateSize=" + m.dimensions().intermediateSize()
                + ", numLayers=" + m.dimensions().numLayers()
                + ", numHeads=" + attention.numHeads()
                + ", numKvHeads=" + attention.numKvHeads()
                + ", headDim=" + attention.headDim()
                + ", rmsNormEps=" + m.normAndActivation().rmsNormEps()
                + ", ropeTheta=" + m.positions().ropeTheta()
                + ", maxPositions=" + m.positions().maxPositions()
                + ", tieWordEmbeddings=" + m.vocabulary().tieWordEmbeddings()
                + ", activation=" + m.normAndActivation().activation()
                + ", attentionBias=" + attention.bias() + "]";
    }
}
