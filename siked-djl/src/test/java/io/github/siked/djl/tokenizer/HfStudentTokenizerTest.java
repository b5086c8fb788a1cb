package io.github.siked.djl.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.djl.HfModelFixture;
import io.github.siked.student.StudentTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugging Face wrapper on a byte-level BPE tokenizer.json written by {@link HfModelFixture}: one id
 * per printable ASCII byte, {@code Ġ} (space) and {@code Ċ} (line break), two merges, three
 * special tokens, and {@code add_prefix_space} on, as GPT-2-style files ship it.
 */
class HfStudentTokenizerTest {

    @TempDir
    static Path directory;

    /** Ids 0 to 93: '!' to '~'; 94: Ġ; 95: Ċ; 96: "he"; 97: "Ġw"; 98-100: specials. */
    private static final int SIZE = 101;

    @BeforeAll
    static void writeTokenizer() throws Exception {
        Files.writeString(directory.resolve("tokenizer.json"), HfModelFixture.tokenizerJson());
        Files.writeString(
                directory.resolve("tokenizer_config.json"),
                "{\"bos_token\": \"<s>\", \"eos_token\": {\"content\": \"</s>\"}, \"pad_token\": \"<pad>\","
                        + " \"add_bos_token\": true}");
    }

    @Test
    void encodesPiecesWithoutAPrefixSpaceSoThatTheirIdsConcatenate() throws Exception {
        try (HfStudentTokenizer tokenizer = HfStudentTokenizer.open(directory, SIZE)) {
            // "hello world": he, l, l, o, Ġw, o, r, l, d: no Ġ before the first word.
            int[] ids = tokenizer.encode("hello world");
            assertArrayEquals(new int[] {96, id('l'), id('l'), id('o'), 97, id('o'), id('r'), id('l'), id('d')}, ids);
            String prompt = "Input: 2 + 3\nResponse:\n";
            String tag = "[pot]: ";
            String body = "answer = 2 + 3";
            int[] joined = IntStream.concat(
                            IntStream.concat(
                                    IntStream.of(tokenizer.encode(prompt)), IntStream.of(tokenizer.encode(tag))),
                            IntStream.of(tokenizer.encode(body)))
                    .toArray();
            assertEquals(prompt + tag + body, tokenizer.decode(joined));
            assertEquals(body, tokenizer.decode(tokenizer.encode(body)));
        }
    }

    @Test
    void longTextsAreNotTruncated() throws Exception {
        try (HfStudentTokenizer tokenizer = HfStudentTokenizer.open(directory, SIZE)) {
            String text = "x".repeat(1500);
            assertEquals(1500, tokenizer.encode(text).length);
        }
    }

    @Test
    void specialTokensComeFromTheConfigAndAreSkippedWhenDecoding() throws Exception {
        try (HfStudentTokenizer tokenizer = HfStudentTokenizer.open(directory, 128)) {
            assertEquals(OptionalInt.of(98), tokenizer.bosId());
            assertEquals(99, tokenizer.eosId());
            assertEquals(100, tokenizer.padId());
            assertFalse(tokenizer.padsWithEos());
            assertEquals(SIZE, tokenizer.vocabularySize());
            assertEquals("hi", tokenizer.decode(new int[] {98, id('h'), id('i'), 99, 100}));
        }
    }

    @Test
    void withoutAPadTokenTheEndMarkerPads(@TempDir Path noPad) throws Exception {
        Files.copy(directory.resolve("tokenizer.json"), noPad.resolve("tokenizer.json"));
        Files.writeString(noPad.resolve("tokenizer_config.json"), "{\"eos_token\": \"</s>\"}");
        try (HfStudentTokenizer tokenizer = HfStudentTokenizer.open(noPad)) {
            assertEquals(99, tokenizer.padId());
            assertTrue(tokenizer.padsWithEos());
        }
    }

    @Test
    void aTokenizerLargerThanTheModelIsRefusedNamingBothSizes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> HfStudentTokenizer.open(directory, 64));
        assertEquals(
                directory.resolve("tokenizer.json") + ": the tokenizer has 101 ids but the model's"
                        + " vocab_size is 64: they do not belong together; use the tokenizer the model was trained"
                        + " with",
                e.getMessage());
    }

    @Test
    void theFitCheckAppliesToEveryStudentTokenizer() {
        StudentTokenizer words = io.github.siked.student.WordTokenizer.build(java.util.List.of("a b c"), true);
        VocabularyFit.check(words, words.vocabularySize());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> VocabularyFit.check(words, words.vocabularySize() - 1));
        assertEquals(
                "the tokenizer has " + words.vocabularySize() + " ids but the model's vocab_size is "
                        + (words.vocabularySize() - 1) + ": they do not belong together; use the tokenizer the model"
                        + " was trained with",
                e.getMessage());
    }

    @Test
    void aDirectoryWithoutTokenizerJsonSaysWhatIsMissing(@TempDir Path empty) {
        Exception e = assertThrows(java.nio.file.NoSuchFileException.class, () -> HfStudentTokenizer.open(empty, 100));
        assertEquals(
                empty.resolve("tokenizer.json") + ": no tokenizer.json: a Hugging Face student"
                        + " directory needs the tokenizer it was trained with",
                e.getMessage());
    }

    private static int id(char c) {
        return c - '!';
    }
}
