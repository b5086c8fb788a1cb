package io.github.siked.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.EventListener;
import io.github.siked.record.RecordFormatException;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A teacher call's line is the journal's format and the shared cache's: files written by earlier
 * runs must still read, and a call read from one is written back byte for byte. The fixture was
 * written by siked at commit 6cd3706.
 */
class TeacherCallFormatTest {

    private static final String FIRST = "3f9a0c1d5e7b2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";
    private static final String SECOND = "a07e5b2c9d1f3e6a8b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e1f3a5b7c9d0e2f4a";

    @TempDir
    Path dir;

    @Test
    void readsAJournalAnEarlierRunWrote() throws Exception {
        Map<String, TeacherCall> calls = journaled(fixtureCopy());

        assertEquals(List.of(FIRST, SECOND), List.copyOf(calls.keySet()));
        TeacherCall first = calls.get(FIRST);
        assertEquals(FIRST, first.key());
        assertEquals("p-1", first.id());
        assertEquals(Strategy.COT, first.strategy());
        assertEquals(1234567, first.seed());
        assertEquals(List.of("1. 2 + 3 = 5.\nFinal Answer: 5", "1. 2 * 3 = 6.\nFinal Answer: 6"), first.texts());
        assertEquals("meta-llama/Meta-Llama-3-70B-Instruct", first.model());
        assertEquals("fp-44709d6fcb", first.fingerprint());
        assertEquals(812, first.promptTokens());
        assertEquals(96, first.completionTokens());
        TeacherCall second = calls.get(SECOND);
        assertEquals(Strategy.POT, second.strategy());
        assertEquals(List.of("answer = 7"), second.texts());
        assertNull(second.fingerprint());
        assertEquals(0, second.completionTokens());
    }

    @Test
    void writesTheJournalsLinesAsAnEarlierRunWrote() throws Exception {
        Path rewritten = dir.resolve("rewritten.jsonl");
        try (TeacherJournal journal = TeacherJournal.open(rewritten, EventListener.NONE)) {
            journaled(fixtureCopy()).values().forEach(journal::append);
        }

        assertEquals(Files.readString(fixture()), Files.readString(rewritten));
    }

    @Test
    void readsAndWritesCacheEntriesAsAnEarlierRunDid() throws Exception {
        List<String> lines = Files.readAllLines(fixture());
        Path old = dir.resolve("old-cache");
        Files.createDirectories(old.resolve("3f"));
        Files.writeString(old.resolve("3f").resolve(FIRST + ".json"), lines.get(0) + "\n");
        TeacherCall cached = new TeacherCache(old).get(FIRST).orElseThrow();

        assertEquals(journaled(fixtureCopy()).get(FIRST), cached);
        Path fresh = dir.resolve("new-cache");
        new TeacherCache(fresh).put(cached);
        assertEquals(lines.get(0) + "\n", Files.readString(fresh.resolve("3f").resolve(FIRST + ".json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"seed\":42,", "\"model\":\"scripted\","})
    void aLineMissingAFieldIsADamagedJournal(String field) throws Exception {
        Path file = dir.resolve("damaged.jsonl");
        Files.writeString(file, Files.readAllLines(fixture()).get(1).replace(field, "") + "\n");

        RecordFormatException e = assertThrows(RecordFormatException.class, () -> journaled(file));

        assertTrue(e.getMessage().startsWith(file + ":1: not a teacher call: "), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("; the journal is damaged: delete it to ask the teacher again (the shared"
                                + " cache still answers what it holds)"),
                e.getMessage());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        String line = Files.readAllLines(fixture()).get(1);
        Path file = dir.resolve("extended.jsonl");
        Files.writeString(
                file,
                "{\"host\":\"a\"," + line.substring(1).replace(",\"texts\"", ",\"retries\":[1],\"texts\"") + "\n");

        assertEquals(journaled(fixtureCopy()).get(SECOND), journaled(file).get(SECOND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"id\":\"p-2\"", "\"model\":\"scripted\""})
    void aLineWithANullFieldIsADamagedJournal(String field) throws Exception {
        Path file = dir.resolve("damaged.jsonl");
        String nulled = field.substring(0, field.indexOf(':') + 1) + "null";
        Files.writeString(file, Files.readAllLines(fixture()).get(1).replace(field, nulled) + "\n");

        RecordFormatException e = assertThrows(RecordFormatException.class, () -> journaled(file));

        assertTrue(e.getMessage().startsWith(file + ":1: not a teacher call: "), e.getMessage());
    }

    private static Map<String, TeacherCall> journaled(Path file) {
        try (TeacherJournal journal = TeacherJournal.open(file, EventListener.NONE)) {
            return journal.calls();
        }
    }

    private Path fixtureCopy() throws IOException, URISyntaxException {
        return Files.copy(fixture(), dir.resolve("journal-" + System.nanoTime() + ".jsonl"));
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(TeacherCallFormatTest.class
                .getResource("/teacher/journal-6cd3706.jsonl")
                .toURI());
    }
}
