package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.student.TokenizedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A checkpoint is resumed only by a run with the same fingerprint, so its text must not drift. */
class RunFingerprintTest {

    @Test
    void theTextIsTheOneCheckpointsWereWrittenWith() {
        String fingerprint = RunFingerprint.of(
                ResumeTest.recipe().optLora(ResumeTest.LORA).build(),
                ModelConfig.tiny(Architecture.QWEN2, 40, 32, 64, 2, 4, 2),
                List.of(new TokenizedExample(new int[] {1, 2}, new int[] {3, 4, 5}, 2f)));
        assertEquals(
                "format TAGGED; epochs 2; lr 0.01; schedule cosine; warmup 0.2; batch 2; accumulation 2;"
                        + " maxLength 32; overflow truncate; clip 1.0; decay 0.01; seed 11; lora LoraConfig[rank=4,"
                        + " alpha=8.0, dropout=0.1, targets=[q, k, v, o, gate, up, down]]; weights {cot=1.0, l2m=1.0,"
                        + " pot=1.0}; model ModelConfig[architecture=QWEN2, vocabSize=40, hiddenSize=32,"
                        + " intermediateSize=64, numLayers=2, numHeads=4, numKvHeads=2, headDim=8, rmsNormEps=1.0E-6,"
                        + " ropeTheta=10000.0, maxPositions=2048, tieWordEmbeddings=true, activation=SILU,"
                        + " attentionBias=true]; examples 1 #4025d1ee",
                fingerprint);
    }
}
