package io.github.siked.djl;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.HfExport;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.DType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny "pretrained" Hugging Face model folder written by the test itself: a random Llama with
 * config.json and model.safetensors, and a byte-level BPE tokenizer.json of 101 ids (0-93 the
 * printable ASCII bytes, 94 Ġ for space, 95 Ċ for line break, 96 "he", 97 "Ġw", 98 {@code <s>},
 * 99 {@code </s>}, 100 {@code <pad>}). Without a pad token, tokenizer_config.json names only the
 * beginning marker, so the end marker comes from config.json's eos_token_id, as in several
 * published checkpoints.
 */
public final class HfModelFixture {

    /** Ids in the tokenizer. */
    static final int TOKENIZER_IDS = 101;

    static final int BOS = 98;
    static final int EOS = 99;
    static final int PAD = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private HfModelFixture() {}

    /**
     * Writes the model folder.
     *
     * @param vocabSize the model's vocab_size (rows), at least {@link #TOKENIZER_IDS} for a fit
     * @param padToken whether tokenizer_config.json names {@code <pad>}
     */
    static Path write(Path directory, int vocabSize, boolean padToken) throws IOException {
        Files.createDirectories(directory);
        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, vocabSize, 32, 64, 2, 4, 2);
        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(config, 7, manager)) {
            HfExport.save(decoder, directory, DType.F32);
        }
        ObjectNode modelConfig =
                (ObjectNode) JSON.readTree(directory.resolve("config.json").toFile());
        modelConfig.put("bos_token_id", BOS).put("eos_token_id", EOS);
        JSON.writeValue(directory.resolve("config.json").toFile(), modelConfig);
        Files.writeString(directory.resolve("tokenizer.json"), tokenizerJson());
        Files.writeString(
                directory.resolve("tokenizer_config.json"),
                padToken
                        ? "{\"bos_token\": \"<s>\", \"eos_token\": \"</s>\", \"pad_token\": \"<pad>\", \"add_bos_token\": true}"
                        : "{\"bos_token\": \"<s>\", \"add_bos_token\": true}");
        Files.writeString(directory.resolve("special_tokens_map.json"), "{\"bos_token\": \"<s>\"}");
        return directory;
    }

    /**
     * The fixture's byte-level BPE {@code tokenizer.json}: ids 0 to 93 '!' to '~', 94 Ġ, 95 Ċ,
     * 96 "he", 97 "Ġw", 98-100 {@code <s>}, {@code </s>}, {@code <pad>}. Shared with the tokenizer's
     * own tests.
     */
    public static String tokenizerJson() throws IOException {
        return JSON.writeValueAsString(tokenizer());
    }

    private static ObjectNode tokenizer() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode vocab = JSON.createObjectNode();
        for (char c = '!'; c <= '~'; c++) {
            vocab.put(String.valueOf(c), c - '!');
        }
        vocab.put("Ġ", 94);
        vocab.put("Ċ", 95);
        vocab.put("he", 96);
        vocab.put("Ġw", 97);
        ArrayNode added = root.putArray("added_tokens");
        String[] specials = {"<s>", "</s>", "<pad>"};
        for (int i = 0; i < specials.length; i++) {
            added.addObject()
                    .put("id", BOS + i)
                    .put("content", specials[i])
                    .put("single_word", false)
                    .put("lstrip", false)
                    .put("rstrip", false)
                    .put("normalized", false)
                    .put("special", true);
        }
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        root.putNull("normalizer");
        root.putObject("pre_tokenizer")
                .put("type", "ByteLevel")
                .put("add_prefix_space", true)
                .put("trim_offsets", true)
                .put("use_regex", true);
        root.putNull("post_processor");
        root.putObject("decoder")
                .put("type", "ByteLevel")
                .put("add_prefix_space", true)
                .put("trim_offsets", true)
                .put("use_regex", true);
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE")
                .putNull("dropout")
                .putNull("unk_token")
                .putNull("continuing_subword_prefix")
                .putNull("end_of_word_suffix")
                .put("fuse_unk", false)
                .put("byte_fallback", false);
        model.set("vocab", vocab);
        model.putArray("merges").add("h e").add("Ġ w");
        return root;
    }
}
