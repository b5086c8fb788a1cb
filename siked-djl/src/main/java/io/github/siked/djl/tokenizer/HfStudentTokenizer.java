package io.github.siked.djl.tokenizer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.student.StudentTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A pretrained student's Hugging Face {@code tokenizer.json} through DJL's tokenizers, set up for
 * {@link io.github.siked.student.StudentEncoder}: no special tokens added, no word-start space
 * prepended ({@link TokenizerJson}), and truncation off, since DJL otherwise cuts every text to
 * 512 tokens with only a log warning.
 *
 * <p>Special tokens come from {@code tokenizer_config.json} ({@code bos_token}, {@code eos_token},
 * {@code pad_token}, {@code add_bos_token}), with {@code config.json}'s {@code eos_token_id} and
 * the post-processor's leading special token as fallbacks. Without a pad token the end marker
 * pads: padding is never attended to.
 */
public final class HfStudentTokenizer implements StudentTokenizer, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HuggingFaceTokenizer tokenizer;
    private final int size;
    private final OptionalInt bos;
    private final int eos;
    private final int pad;
    private final boolean padNamed;

    private HfStudentTokenizer(
            HuggingFaceTokenizer tokenizer, int size, OptionalInt bos, int eos, int pad, boolean padNamed) {
        this.tokenizer = tokenizer;
        this.size = size;
        this.bos = bos;
        this.eos = eos;
        this.pad = pad;
        this.padNamed = padNamed;
    }

    /**
     * Opens the tokenizer of a Hugging Face model directory and checks it against the model.
     *
     * @param modelVocabSize the model's {@code vocab_size}
     * @throws IOException when tokenizer.json is missing or unreadable, or no end marker is named
     * @throws IllegalArgumentException when the tokenizer has more ids than the model
     */
    public static HfStudentTokenizer open(Path directory, int modelVocabSize) throws IOException {
        HfStudentTokenizer opened = open(directory);
        try {
            VocabularyFit.check(opened, modelVocabSize);
        } catch (IllegalArgumentException e) {
            opened.close();
            throw new IllegalArgumentException(directory.resolve("tokenizer.json") + ": " + e.getMessage(), e);
        }
        return opened;
    }

    /**
     * Opens the tokenizer of a Hugging Face model directory without checking it against a model,
     * for callers that check {@link #vocabularySize()} themselves and word their own message.
     *
     * @throws IOException when tokenizer.json is missing or unreadable, or no end marker is named
     */
    public static HfStudentTokenizer open(Path directory) throws IOException {
        TokenizerJson json = TokenizerJson.read(directory.resolve("tokenizer.json"));
        JsonNode config = readIfPresent(directory.resolve("tokenizer_config.json"));
        JsonNode modelConfig = readIfPresent(directory.resolve("config.json"));
        int eos = special(json, config, "eos_token")
                .orElse(
                        modelConfig.path("eos_token_id").isInt()
                                ? modelConfig.path("eos_token_id").asInt()
                                : modelConfig.path("eos_token_id").path(0).asInt(-1));
        if (eos < 0) {
            throw new IOException("no end marker in " + directory + ": name eos_token in"
                    + " tokenizer_config.json or eos_token_id in config.json");
        }
        OptionalInt bos = config.path("add_bos_token").isBoolean()
                ? (config.path("add_bos_token").asBoolean() ? special(json, config, "bos_token") : OptionalInt.empty())
                : json.leadingSpecialToken();
        OptionalInt namedPad = special(json, config, "pad_token");
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                new ByteArrayInputStream(json.bytes()),
                Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
        return new HfStudentTokenizer(tokenizer, json.size(), bos, eos, namedPad.orElse(eos), namedPad.isPresent());
    }

    /** A special token named in tokenizer_config.json, as a string or as {"content": …}. */
    private static OptionalInt special(TokenizerJson json, JsonNode config, String key) {
        JsonNode value = config.path(key);
        String token =
                value.isTextual() ? value.asText() : value.path("content").asText(null);
        return token == null ? OptionalInt.empty() : json.id(token);
    }

    private static JsonNode readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    @Override
    public int[] encode(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        return Arrays.stream(encoding.getIds()).mapToInt(Math::toIntExact).toArray();
    }

    @Override
    public String decode(int[] ids) {
        return tokenizer.decode(Arrays.stream(ids).asLongStream().toArray(), true);
    }

    @Override
    public OptionalInt bosId() {
        return bos;
    }

    @Override
    public int eosId() {
        return eos;
    }

    @Override
    public int padId() {
        return pad;
    }

    /** Whether {@link #padId()} is the end marker because tokenizer_config.json names no pad token. */
    public boolean padsWithEos() {
        return !padNamed;
    }

    @Override
    public int vocabularySize() {
        return size;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
