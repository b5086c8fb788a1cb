package io.github.siked.djl.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Carries a Hugging Face tokenizer from one model folder to another, so that a trained student
 * opens with exactly the tokenizer it was trained with: the files {@link HfStudentTokenizer} reads
 * ({@value #TOKENIZER}, and {@code tokenizer_config.json} and {@code special_tokens_map.json} when
 * present), plus the special-token ids of {@code config.json} ({@code bos_token_id}, {@code
 * eos_token_id}, {@code pad_token_id}), which are the end marker's fallback when
 * tokenizer_config.json names none and which a freshly written config.json lacks.
 */
public final class TokenizerFiles {

    /** The tokenizer's vocabulary and pipeline; a folder without it has no Hugging Face tokenizer. */
    public static final String TOKENIZER = "tokenizer.json";

    private static final List<String> FILES = List.of(TOKENIZER, "tokenizer_config.json", "special_tokens_map.json");
    private static final List<String> CONFIG_IDS = List.of("bos_token_id", "eos_token_id", "pad_token_id");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenizerFiles() {}

    /** Whether {@code directory} holds a Hugging Face tokenizer. */
    public static boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(TOKENIZER));
    }

    /**
     * Copies the tokenizer of {@code from} into {@code to}, each file under a temporary name first,
     * and adds the special-token ids of {@code from}'s config.json to {@code to}'s. Call it after
     * the weights' config.json is written.
     *
     * @throws IOException when a file cannot be copied, or {@code to} has no config.json yet
     */
    public static void copy(Path from, Path to) throws IOException {
        for (String name : FILES) {
            Path source = from.resolve(name);
            if (Files.isRegularFile(source)) {
                Path temporary = to.resolve(name + ".tmp");
                Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(
                        temporary,
                        to.resolve(name),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        copyConfigIds(from.resolve("config.json"), to.resolve("config.json"));
    }

    private static void copyConfigIds(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            return;
        }
        JsonNode source = JSON.readTree(from.toFile());
        JsonNode target = JSON.readTree(to.toFile());
        if (!(target instanceof ObjectNode written)) {
            throw new IOException(to + " is not a JSON object: the weights' config.json must be written first");
        }
        boolean changed = false;
        for (String key : CONFIG_IDS) {
            if (source.has(key) && !written.has(key)) {
                written.set(key, source.get(key));
                changed = true;
            }
        }
        if (changed) {
            Path temporary = to.resolveSibling(to.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), written);
            Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
