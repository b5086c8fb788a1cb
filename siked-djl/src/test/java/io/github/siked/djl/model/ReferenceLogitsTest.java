package io.github.siked.djl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader against logits from an independent implementation (see
 * src/test/resources/reference/README.md): llama (float32, sharded), qwen2 (bfloat16, q/k/v
 * biases, tied) and gemma (float16, one KV head, head_dim ≠ hidden/heads).
 */
class ReferenceLogitsTest {

    static final double TOLERANCE = 1e-4;

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void eachSequenceAloneMatches(String arch) throws Exception {
        Reference reference = Reference.load(arch);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.load(reference.directory(), manager)) {
            assertEquals(arch, decoder.config().architecture().modelType());
            for (int s = 0; s < reference.tokens().size(); s++) {
                TokenBatch batch =
                        TokenBatch.leftPadded(List.of(reference.tokens().get(s)), 0);
                float[] logits = decoder.logits(batch.toArray(manager), batch.leftPadding())
                        .toFloatArray();
                assertClose(reference.logits().get(s), logits, arch + " sequence " + s);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma"})
    void raggedBatchWithCacheMatches(String arch) throws Exception {
        Reference reference = Reference.load(arch);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.load(reference.directory(), manager)) {
            TokenBatch batch = TokenBatch.leftPadded(reference.tokens(), 3);
            int vocab = decoder.config().vocabulary().size();
            // Prefill all but the last two columns, then decode them one at a time.
            NDArray ids = batch.toArray(manager);
            int prefill = batch.columns() - 2;
            List<float[]> steps = new ArrayList<>();
            try (KvCache cache = decoder.newCache(batch.leftPadding())) {
                steps.add(decoder.logits(ids.get(":, :" + prefill), cache).toFloatArray());
                for (int column = prefill; column < batch.columns(); column++) {
                    steps.add(decoder.logits(ids.get(":, " + column + ":" + (column + 1)), cache)
                            .toFloatArray());
                }
            }
            for (int r = 0; r < batch.rows(); r++) {
                int padding = batch.leftPadding()[r];
                float[] expected = reference.logits().get(r);
                for (int column = padding; column < batch.columns(); column++) {
                    int stepIndex = Math.max(0, column - prefill + 1);
                    int width = stepIndex == 0 ? prefill : 1;
                    int within = stepIndex == 0 ? column : 0;
                    float[] step = steps.get(stepIndex);
                    float[] got = new float[vocab];
                    System.arraycopy(step, (r * width + within) * vocab, got, 0, vocab);
                    float[] want = new float[vocab];
                    System.arraycopy(expected, (column - padding) * vocab, want, 0, vocab);
                    assertClose(want, got, arch + " row " + r + " column " + column);
                }
            }
        }
    }

    static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= TOLERANCE, what + ": largest difference " + worst);
    }

    /** One architecture's committed fixture. */
    record Reference(Path directory, List<int[]> tokens, List<float[]> logits) {

        static Reference load(String arch) throws Exception {
            Path directory = Path.of(
                    ReferenceLogitsTest.class.getResource("/reference/" + arch).toURI());
            JsonNode root = new ObjectMapper()
                    .readTree(directory.resolve("expected.json").toFile());
            List<int[]> tokens = new ArrayList<>();
            List<float[]> logits = new ArrayList<>();
            for (int s = 0; s < root.get("tokens").size(); s++) {
                JsonNode sequence = root.get("tokens").get(s);
                int[] ids = new int[sequence.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = sequence.get(i).asInt();
                }
                tokens.add(ids);
                JsonNode rows = root.get("logits").get(s);
                int vocab = rows.get(0).size();
                float[] values = new float[rows.size() * vocab];
                for (int i = 0; i < rows.size(); i++) {
                    for (int v = 0; v < vocab; v++) {
                        values[i * vocab + v] = (float) rows.get(i).get(v).asDouble();
                    }
                }
                logits.add(values);
            }
            return new Reference(directory, tokens, logits);
        }
    }
}
