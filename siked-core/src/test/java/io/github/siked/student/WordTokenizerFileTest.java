package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordTokenizerFileTest {

    @TempDir
    Path dir;

    @Test
    void savedTokenizerLoadsWithTheSameIdsAndRules() throws IOException {
        WordTokenizer saved = WordTokenizerTest.quickstart(true);
        Path file = WordTokenizerFile.save(saved, dir);
        assertEquals(dir.resolve("word-tokenizer.json"), file);
        WordTokenizer loaded = WordTokenizerFile.load(dir);
        assertEquals(saved.vocabulary(), loaded.vocabulary());
        assertEquals(saved.splitIdentifiers(), loaded.splitIdentifiers());
        String program = "[pot]: cards_per_box = 12\n    answer = cards_per_box * 3";
        assertArrayEquals(saved.encode(program), loaded.encode(program));
        assertEquals(program, loaded.decode(loaded.encode(program)));
    }

    @Test
    void fileStartsWithFormatAndVersion() throws IOException {
        WordTokenizerFile.save(WordTokenizer.build(List.of("Ann"), false), dir);
        String json = Files.readString(dir.resolve(WordTokenizerFile.FILE_NAME));
        assertTrue(
                json.startsWith(
                        "{\n  \"format\" : \"siked-word-tokenizer\",\n  \"version\" : 1,\n  \"splitIdentifiers\" : false,"),
                json);
    }

    @Test
    void missingFileSaysWhereItWasLookedFor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordTokenizerFile.load(dir));
        assertEquals(
                "no word-tokenizer.json in " + dir
                        + ": a from-scratch student keeps its vocabulary there; train it again or copy the file back",
                e.getMessage());
    }

    @Test
    void otherVersionIsRefusedWithTheFix() throws IOException {
        Files.writeString(
                dir.resolve(WordTokenizerFile.FILE_NAME),
                "{\"format\": \"siked-word-tokenizer\", \"version\": 2, \"splitIdentifiers\": true, \"vocabulary\": []}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordTokenizerFile.load(dir));
        assertEquals(
                dir.resolve(WordTokenizerFile.FILE_NAME)
                        + " has version 2; this build reads version 1: retrain the model with this build",
                e.getMessage());
    }

    @Test
    void duplicateTokenIsRefusedNamingItsIds() throws IOException {
        List<String> tokens =
                new ArrayList<>(WordTokenizer.build(List.of("Ann"), true).vocabulary());
        tokens.add("Ann");
        StringBuilder json = new StringBuilder("{\"format\": \"siked-word-tokenizer\", \"version\": 1,"
                + " \"splitIdentifiers\": true, \"vocabulary\": [");
        for (int i = 0; i < tokens.size(); i++) {
            json.append(i == 0 ? "" : ",").append(TextNode.valueOf(tokens.get(i)));
        }
        Files.writeString(dir.resolve(WordTokenizerFile.FILE_NAME), json.append("]}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordTokenizerFile.load(dir));
        int last = tokens.size() - 1;
        assertTrue(
                e.getMessage()
                        .endsWith("token 'Ann' appears twice in the vocabulary, at ids " + (last - 1) + " and " + last
                                + ": each token needs one id"),
                e.getMessage());
    }
}
