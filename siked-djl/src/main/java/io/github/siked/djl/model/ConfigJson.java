package io.github.siked.djl.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.ModelFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads and writes a Hugging Face {@code config.json} as a {@link ModelConfig}. Keys siked does
 * not use are ignored (config.json carries many); keys whose value would change the computation
 * in a way siked does not implement (rope_scaling, sliding windows, MLP biases) are refused.
 */
public final class ConfigJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigJson() {}

    /** Reads {@code file}; every error names the file and the key. */
    public static ModelConfig read(Path file) throws ModelFileException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file: a Hugging Face model directory needs one");
        } catch (IOException e) {
            throw new ModelFileException(file, "is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ModelFileException(file, "must hold a JSON object");
        }
        return new Keys(file, root).config();
    }

    /** Writes {@code config} as a config.json that Hugging Face transformers loads, for fp32 weights. */
    public static void write(ModelConfig config, Path file) throws IOException {
        write(config, file, DType.F32);
    }

    /**
     * Writes {@code config} as a config.json whose {@code torch_dtype} names the type the weights
     * are stored in, which transformers ({@code torch_dtype="auto"}) and vLLM load them as.
     */
    public static void write(ModelConfig config, Path file, DType weights) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Architecture architecture = config.architecture();
        root.putArray("architectures")
                .add(
                        switch (architecture) {
                            case LLAMA -> "LlamaForCausalLM";
                            case QWEN2 -> "Qwen2ForCausalLM";
                            case GEMMA -> "GemmaForCausalLM";
                        });
        root.put("model_type", architecture.modelType());
        root.put("vocab_size", config.vocabulary().size());
        root.put("hidden_size", config.dimensions().hiddenSize());
        root.put("intermediate_size", config.dimensions().intermediateSize());
        root.put("num_hidden_layers", config.dimensions().numLayers());
        root.put("num_attention_heads", config.attention().numHeads());
        root.put("num_key_value_heads", config.attention().numKvHeads());
        root.put("head_dim", config.attention().headDim());
        root.put("rms_norm_eps", config.normAndActivation().rmsNormEps());
        root.put("rope_theta", config.positions().ropeTheta());
        root.put("max_position_embeddings", config.positions().maxPositions());
        root.put("tie_word_embeddings", config.vocabulary().tieWordEmbeddings());
        root.put(
                architecture == Architecture.GEMMA ? "hidden_activation" : "hidden_act",
                config.normAndActivation().activation().hfName());
        if (architecture == Architecture.LLAMA) {
            root.put("attention_bias", false);
        }
        root.put(
                "torch_dtype",
                switch (weights) {
                    case F32 -> "float32";
                    case F16 -> "float16";
                    case BF16 -> "bfloat16";
                });
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** One config.json's keys, read with errors that name the file. */
    private record Keys(Path file, JsonNode root) {

        ModelConfig config() throws ModelFileException {
            String modelType = text("model_type");
            Architecture architecture = Architecture.fromModelType(modelType)
                    .orElseThrow(() -> new ModelFileException(
                            file,
                            "model_type '" + modelType + "' is not supported: siked"
                                    + " runs "
                                    + Arrays.stream(Architecture.values())
                                            .map(Architecture::modelType)
                                            .collect(Collectors.joining(", "))
                                    + " (SmolLM is llama)"));
            refuseUnless(
                    "rope_scaling",
                    root.path("rope_scaling").isMissingNode()
                            || root.path("rope_scaling").isNull(),
                    "scaled RoPE is not supported by this decoder; use a model" + " without rope_scaling");
            refuseUnless(
                    "use_sliding_window",
                    !root.path("use_sliding_window").asBoolean(false),
                    "sliding-window attention is not supported by this decoder");
            refuseUnless(
                    "mlp_bias",
                    !root.path("mlp_bias").asBoolean(false),
                    "MLP biases are not supported by this decoder");
            boolean attentionBias = architecture == Architecture.QWEN2;
            if (architecture == Architecture.LLAMA) {
                refuseUnless(
                        "attention_bias",
                        !root.path("attention_bias").asBoolean(false),
                        "Llama attention biases (which include o_proj) are not supported by this decoder");
            }
            int hidden = integer("hidden_size");
            int heads = integer("num_attention_heads");
            int headDim = has("head_dim") ? integer("head_dim") : hidden / heads;
            // Read in this order, so that of several bad keys the same one is named first as ever.
            int vocabSize = integer("vocab_size");
            int intermediate = integer("intermediate_size");
            int layers = integer("num_hidden_layers");
            int kvHeads = has("num_key_value_heads") ? integer("num_key_value_heads") : heads;
            double rmsNormEps = number("rms_norm_eps");
            double ropeTheta = has("rope_theta") ? number("rope_theta") : 10_000.0;
            int maxPositions = integer("max_position_embeddings");
            boolean tied = has("tie_word_embeddings") ? bool("tie_word_embeddings") : architecture.defaultTied();
            Activation activation = activation(architecture);
            try {
                return new ModelConfig(
                        architecture,
                        new ModelConfig.Vocabulary(vocabSize, tied),
                        new ModelConfig.Dimensions(hidden, intermediate, layers),
                        new ModelConfig.Attention(heads, kvHeads, headDim, attentionBias),
                        new ModelConfig.Positions(ropeTheta, maxPositions),
                        new ModelConfig.NormAndActivation(rmsNormEps, activation));
            } catch (IllegalArgumentException e) {
                throw new ModelFileException(file, e.getMessage());
            }
        }

        /**
         * Gemma's published configs say {@code hidden_act: gelu} but were trained with the tanh
         * approximation, which transformers applies; {@code hidden_activation} names it when set.
         */
        private Activation activation(Architecture architecture) throws ModelFileException {
            String key = "hidden_act";
            if (architecture == Architecture.GEMMA) {
                if (!has("hidden_activation")) {
                    return Activation.GELU_TANH;
                }
                key = "hidden_activation";
            }
            if (!has(key)) {
                return architecture.defaultActivation();
            }
            String name = text(key);
            String chosen = key;
            return Activation.fromHfName(name)
                    .orElseThrow(() -> new ModelFileException(
                            file, chosen + " '" + name + "' is not supported: use silu or gelu_pytorch_tanh"));
        }

        private boolean has(String key) {
            return root.has(key) && !root.get(key).isNull();
        }

        /** The value of {@code key}, which must be there and be {@code what}, as {@code fits} checks. */
        private JsonNode required(String key, Predicate<JsonNode> fits, String what) throws ModelFileException {
            if (!has(key)) {
                throw new ModelFileException(file, "missing key '" + key + "'");
            }
            JsonNode node = root.get(key);
            if (!fits.test(node)) {
                throw new ModelFileException(file, "key '" + key + "' must be " + what + "; was " + node);
            }
            return node;
        }

        private String text(String key) throws ModelFileException {
            return required(key, JsonNode::isTextual, "a string").asText();
        }

        private int integer(String key) throws ModelFileException {
            return required(
                            key,
                            node -> node.isIntegralNumber() && node.canConvertToInt() && node.asInt() > 0,
                            "a positive integer")
                    .asInt();
        }

        private double number(String key) throws ModelFileException {
            return required(key, JsonNode::isNumber, "a number").asDouble();
        }

        private boolean bool(String key) throws ModelFileException {
            return required(key, JsonNode::isBoolean, "true or false").asBoolean();
        }

        private void refuseUnless(String key, boolean fine, String why) throws ModelFileException {
            if (!fine) {
                throw new ModelFileException(file, "key '" + key + "' is " + root.get(key) + ": " + why);
            }
        }
    }
}
