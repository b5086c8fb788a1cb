package io.github.siked.djl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.djl.safetensors.ModelFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigJsonTest {

    @TempDir
    Path dir;

    @Test
    void readsAPublishedStyleGemmaConfig() throws Exception {
        // google/gemma-2b's config.json, abridged: "gelu" there means the tanh approximation.
        ModelConfig config = read("""
        {"architectures": ["GemmaForCausalLM"], "attention_bias": false, "head_dim": 256,
         "hidden_act": "gelu", "hidden_size": 2048, "intermediate_size": 16384,
         "max_position_embeddings": 8192, "model_type": "gemma", "num_attention_heads": 8,
         "num_hidden_layers": 18, "num_key_value_heads": 1, "rms_norm_eps": 1e-06,
         "rope_scaling": null, "rope_theta": 10000.0, "torch_dtype": "bfloat16",
         "vocab_size": 256000}""");
        assertEquals(
                new ModelConfig(
                        Architecture.GEMMA,
                        new ModelConfig.Vocabulary(256000, true),
                        new ModelConfig.Dimensions(2048, 16384, 18),
                        new ModelConfig.Attention(8, 1, 256, false),
                        new ModelConfig.Positions(10000, 8192),
                        new ModelConfig.NormAndActivation(1e-6, Activation.GELU_TANH)),
                config);
        assertEquals(8, config.attention().groupSize());
    }

    @Test
    void readsQwen2WithBiasesAndDerivedHeadDim() throws Exception {
        ModelConfig config = read("""
        {"model_type": "qwen2", "hidden_act": "silu", "hidden_size": 896,
         "intermediate_size": 4864, "max_position_embeddings": 32768, "num_attention_heads": 14,
         "num_hidden_layers": 24, "num_key_value_heads": 2, "rms_norm_eps": 1e-06,
         "rope_theta": 1000000.0, "tie_word_embeddings": true, "use_sliding_window": false,
         "vocab_size": 151936}""");
        assertEquals(64, config.attention().headDim());
        assertEquals(true, config.attention().bias());
        assertEquals(true, config.vocabulary().tieWordEmbeddings());
        // Qwen2-0.5B has about 494 M parameters (transformers' num_parameters()).
        assertEquals(494_032_768L, config.parameters());
    }

    @Test
    void llamaDefaultsToAnUntiedHead() throws Exception {
        ModelConfig config = read("""
        {"model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
         "max_position_embeddings": 256, "num_attention_heads": 4, "num_hidden_layers": 2,
         "rms_norm_eps": 1e-05, "vocab_size": 100}""");
        assertEquals(false, config.vocabulary().tieWordEmbeddings());
        assertEquals(4, config.attention().numKvHeads());
        assertEquals(10_000, config.positions().ropeTheta());
        assertEquals(Activation.SILU, config.normAndActivation().activation());
    }

    @Test
    void unsupportedModelTypeNamesFileAndType() {
        Path file = dir.resolve("config.json");
        ModelFileException e = assertThrows(
                ModelFileException.class, () -> read("{\"model_type\": \"mistral\", \"hidden_size\": 64}"));
        assertEquals(
                file + ": model_type 'mistral' is not supported: siked runs llama, qwen2, gemma" + " (SmolLM is llama)",
                e.getMessage());
    }

    @Test
    void missingKeyIsNamed() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read("""
        {"model_type": "llama", "hidden_size": 64, "max_position_embeddings": 256,
         "num_attention_heads": 4, "num_hidden_layers": 2, "rms_norm_eps": 1e-05,
         "vocab_size": 100}"""));
        assertEquals(dir.resolve("config.json") + ": missing key 'intermediate_size'", e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read("""
        {"model_type": "llama", "hidden_size": "64"}"""));
        assertEquals(
                dir.resolve("config.json") + ": key 'hidden_size' must be a positive integer;" + " was \"64\"",
                e.getMessage());
        e = assertThrows(ModelFileException.class, () -> read("""
        {"model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
         "max_position_embeddings": 256, "num_attention_heads": 4, "num_key_value_heads": 3,
         "num_hidden_layers": 2, "rms_norm_eps": 1e-05, "vocab_size": 100}"""));
        assertEquals(
                dir.resolve("config.json") + ": num_attention_heads (4) must be a multiple of"
                        + " num_key_value_heads (3)",
                e.getMessage());
    }

    @Test
    void ropeScalingIsRefused() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read("""
        {"model_type": "llama", "rope_scaling": {"type": "llama3", "factor": 8.0}}"""));
        assertEquals(
                dir.resolve("config.json") + ": key 'rope_scaling' is"
                        + " {\"type\":\"llama3\",\"factor\":8.0}: scaled RoPE is not supported by this decoder; use a model"
                        + " without rope_scaling",
                e.getMessage());
    }

    @Test
    void missingFile() {
        ModelFileException e =
                assertThrows(ModelFileException.class, () -> ConfigJson.read(dir.resolve("config.json")));
        assertEquals(
                dir.resolve("config.json") + ": no such file: a Hugging Face model directory" + " needs one",
                e.getMessage());
    }

    @Test
    void writtenConfigReadsBack() throws Exception {
        for (Architecture architecture : Architecture.values()) {
            ModelConfig tiny = ModelConfig.tiny(architecture, 179, 96, 256, 3, 4, 2);
            Path file = dir.resolve(architecture.modelType() + ".json");
            ConfigJson.write(tiny, file);
            assertEquals(tiny, ConfigJson.read(file));
        }
    }

    @Test
    void aWrittenConfigJsonKeepsItsBytes() throws Exception {
        // Students already trained carry this file, and manifests hash it: its text must not drift.
        Path file = dir.resolve("gemma.json");
        ConfigJson.write(ModelConfig.tiny(Architecture.GEMMA, 179, 96, 256, 3, 4, 2), file);
        assertEquals("""
                {
                  "architectures" : [ "GemmaForCausalLM" ],
                  "model_type" : "gemma",
                  "vocab_size" : 179,
                  "hidden_size" : 96,
                  "intermediate_size" : 256,
                  "num_hidden_layers" : 3,
                  "num_attention_heads" : 4,
                  "num_key_value_heads" : 2,
                  "head_dim" : 24,
                  "rms_norm_eps" : 1.0E-6,
                  "rope_theta" : 10000.0,
                  "max_position_embeddings" : 2048,
                  "tie_word_embeddings" : true,
                  "hidden_activation" : "gelu_pytorch_tanh",
                  "torch_dtype" : "float32"
                }
                """, Files.readString(file));
    }

    private ModelConfig read(String json) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return ConfigJson.read(file);
    }
}
