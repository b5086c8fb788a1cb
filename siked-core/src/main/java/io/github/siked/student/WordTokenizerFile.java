package io.github.siked.student;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.siked.stage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads a {@link WordTokenizer} as {@value #FILE_NAME} in a model directory, so the
 * vocabulary travels with the weights.
 *
 * <p>The format is the project's own, not a Hugging Face {@code tokenizer.json}: a {@code
 * WordLevel} model there would load, but its pre-tokenizer and decoder cannot express the space
 * rule and its corrections, so Hugging Face would encode and decode these texts differently. A file
 * that loads but tokenizes differently is worse than one that does not load.
 *
 * <pre>
 * {"format": "siked-word-tokenizer", "version": 1, "splitIdentifiers": true,
 *  "vocabulary": ["&lt;pad&gt;", "&lt;bos&gt;", …]}
 * </pre>
 *
 * The vocabulary is listed in id order; the space rule belongs to the version.
 */
public final class WordTokenizerFile {

    /** The file's name inside a model directory. */
    public static final String FILE_NAME = "word-tokenizer.json";

    static final String FORMAT = "siked-word-tokenizer";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WordTokenizerFile() {}

    /** Writes {@value #FILE_NAME} into the directory, atomically; returns the file. */
    public static Path save(WordTokenizer tokenizer, Path modelDir) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("splitIdentifiers", tokenizer.splitIdentifiers());
        ArrayNode vocabulary = root.putArray("vocabulary");
        tokenizer.vocabulary().forEach(vocabulary::add);
        Path file = modelDir.resolve(FILE_NAME);
        try {
            AtomicFile.write(file, MAPPER.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the vocabulary", e);
        }
        return file;
    }

    /**
     * Reads {@value #FILE_NAME} from a model directory.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and the field that is wrong
     */
    public static WordTokenizer load(Path modelDir) throws IOException {
        Path file = modelDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + FILE_NAME + " in " + modelDir
                    + ": a from-scratch student keeps its vocabulary there; train it again or copy the file back");
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(
                    file + " has format '" + root.path("format").asText() + "', expected '" + FORMAT + "'");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException(file + " has version " + root.path("version")
                    + "; this build reads version " + VERSION + ": retrain the model with this build");
        }
        JsonNode split = root.path("splitIdentifiers");
        JsonNode vocabulary = root.path("vocabulary");
        if (!split.isBoolean() || !vocabulary.isArray()) {
            throw new IllegalArgumentException(file + " needs a boolean 'splitIdentifiers' and an array 'vocabulary'");
        }
        List<String> tokens = new ArrayList<>(vocabulary.size());
        for (JsonNode token : vocabulary) {
            if (!token.isTextual()) {
                throw new IllegalArgumentException(
                        file + ": vocabulary entry " + tokens.size() + " is " + token + ", not a string");
            }
            tokens.add(token.asText());
        }
        try {
            return new WordTokenizer(tokens, split.asBoolean());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
