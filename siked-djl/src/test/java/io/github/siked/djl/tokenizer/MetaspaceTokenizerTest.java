package io.github.siked.djl.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SentencePiece-style tokenizer.json (Metaspace pre-tokenizer and decoder prepending "▁", as
 * Llama and Gemma files ship them), written by the test: the wrapper must neither prepend a
 * word-start space when encoding a piece nor strip one when decoding.
 */
class MetaspaceTokenizerTest {

    private static final String JSON = """
      {"version": "1.0", "truncation": null, "padding": null,
       "added_tokens": [{"id": 5, "content": "</s>", "single_word": false, "lstrip": false,
         "rstrip": false, "normalized": false, "special": true}],
       "normalizer": null,
       "pre_tokenizer": {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": true},
       "post_processor": null,
       "decoder": {"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": true},
       "model": {"type": "WordLevel", "unk_token": "<unk>",
         "vocab": {"hello": 0, "▁world": 1, "▁hello": 2, "<unk>": 3, "world": 4}}}
      """;

    @Test
    void piecesEncodeWithoutAWordStartSpaceAndConcatenateOnDecoding(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("tokenizer.json"), JSON);
        Files.writeString(directory.resolve("config.json"), "{\"eos_token_id\": [5, 6]}");
        try (HfStudentTokenizer tokenizer = HfStudentTokenizer.open(directory, 6)) {
            assertArrayEquals(new int[] {0, 1}, tokenizer.encode("hello world"));
            assertArrayEquals(new int[] {4}, tokenizer.encode("world"));
            int[] joined = IntStream.concat(
                            IntStream.of(tokenizer.encode("hello")), IntStream.of(tokenizer.encode(" world")))
                    .toArray();
            assertEquals("hello world", tokenizer.decode(joined));
            assertEquals(" world", tokenizer.decode(new int[] {1}));
            // No tokenizer_config.json: the end marker from config.json, no beginning marker, and the
            // end marker pads.
            assertEquals(5, tokenizer.eosId());
            assertEquals(5, tokenizer.padId());
            assertEquals(OptionalInt.empty(), tokenizer.bosId());
        }
    }
}
