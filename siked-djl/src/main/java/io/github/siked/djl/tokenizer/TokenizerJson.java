package io.github.siked.djl.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A Hugging Face {@code tokenizer.json}, read and rewritten so that it encodes pieces the way
 * {@link io.github.siked.student.StudentEncoder} concatenates them: no word-start space prepended
 * to a piece (SentencePiece's {@code Prepend} normaliser, {@code Metaspace} with a prepend
 * scheme, {@code ByteLevel} with {@code add_prefix_space}), none stripped when decoding, and no
 * truncation or padding built in.
 */
final class TokenizerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;
    private final Map<String, Integer> ids;
    private final int size;

    private TokenizerJson(ObjectNode root) {
        this.root = root;
        this.ids = new HashMap<>();
        JsonNode vocab = root.path("model").path("vocab");
        if (vocab.isObject()) {
            // BPE, WordPiece, WordLevel: {token: id}.
            vocab.fields()
                    .forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asInt()));
        } else if (vocab.isArray()) {
            // Unigram: [[piece, score], …], the id being the position.
            for (int i = 0; i < vocab.size(); i++) {
                ids.put(vocab.get(i).get(0).asText(), i);
            }
        }
        for (JsonNode added : root.path("added_tokens")) {
            ids.put(added.path("content").asText(), added.path("id").asInt());
        }
        this.size = ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    /** Reads {@code file}, then rewrites it in memory as the class comment says. */
    static TokenizerJson read(Path file) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(
                    file.toString(),
                    null,
                    "no tokenizer.json: a Hugging Face student directory needs the tokenizer it was trained with");
        }
        if (!(tree instanceof ObjectNode object) || !object.path("model").isObject()) {
            throw new IOException(file + " is not a Hugging Face tokenizer.json: it has no \"model\" object");
        }
        TokenizerJson json = new TokenizerJson(object);
        if (json.size == 0) {
            throw new IOException(file + " holds no vocabulary (model.vocab and added_tokens are empty)");
        }
        json.withoutPrefixSpace();
        return json;
    }

    /** Ids in the vocabulary: one more than the largest id. */
    int size() {
        return size;
    }

    /** The id of a token, added tokens included. */
    OptionalInt id(String token) {
        Integer id = ids.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * The special token that the post-processor puts before every single sequence, when there is
     * one (Llama 3's {@code <|begin_of_text|>}): the beginning marker of models that have one.
     */
    OptionalInt leadingSpecialToken() {
        JsonNode first = root.path("post_processor").path("single").path(0).path("SpecialToken");
        return first.isObject() ? id(first.path("id").asText()) : OptionalInt.empty();
    }

    /** The rewritten JSON, for DJL's tokenizer. */
    byte[] bytes() throws IOException {
        return JSON.writeValueAsBytes(root);
    }

    private void withoutPrefixSpace() {
        root.set("truncation", NullNode.getInstance());
        root.set("padding", NullNode.getInstance());
        root.set("normalizer", withoutPrepend(root.path("normalizer")));
        noPrefixSpace(root.path("pre_tokenizer"));
        noPrefixSpace(root.path("decoder"));
        root.set("decoder", withoutLeadingStrip(root.path("decoder")));
    }

    /** A normaliser without {@code Prepend} steps (Llama 2 and Gemma prepend "▁" to every text). */
    private static JsonNode withoutPrepend(JsonNode normalizer) {
        if ("Prepend".equals(normalizer.path("type").asText())) {
            return NullNode.getInstance();
        }
        if (normalizer.path("normalizers").isArray()) {
            removeAll(
                    (ArrayNode) normalizer.path("normalizers"),
                    n -> "Prepend".equals(n.path("type").asText()));
        }
        return normalizer.isMissingNode() ? NullNode.getInstance() : normalizer;
    }

    /** Metaspace and ByteLevel steps, alone or in a sequence, told not to add a word-start space. */
    private static void noPrefixSpace(JsonNode step) {
        if (step instanceof ObjectNode object) {
            String type = object.path("type").asText();
            if (type.equals("Metaspace")) {
                object.put("prepend_scheme", "never");
                object.put("add_prefix_space", false);
            } else if (type.equals("ByteLevel")) {
                object.put("add_prefix_space", false);
            }
            for (String list : new String[] {"pretokenizers", "decoders"}) {
                object.path(list).forEach(TokenizerJson::noPrefixSpace);
            }
        }
    }

    /** A decoder without {@code Strip} steps that cut leading characters (they undo the prepended space). */
    private static JsonNode withoutLeadingStrip(JsonNode decoder) {
        if (decoder.path("decoders").isArray()) {
            removeAll(
                    (ArrayNode) decoder.path("decoders"),
                    d -> "Strip".equals(d.path("type").asText())
                            && d.path("start").asInt() > 0);
        }
        return decoder.isMissingNode() ? NullNode.getInstance() : decoder;
    }

    private static void removeAll(ArrayNode array, java.util.function.Predicate<JsonNode> drop) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (drop.test(it.next())) {
                it.remove();
            }
        }
    }
}
