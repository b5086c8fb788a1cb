package io.github.siked.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graded-sample JSONL contract: one flat object a line, the sample's fields then the grade's. */
class GradedSampleTest {

    private static final Sample SAMPLE = new Sample("q1", Strategy.POT, Origin.STUDENT, 2, 1, "[pot]: answer = 3");

    @TempDir
    Path dir;

    @Test
    void writesTheSampleFieldsThenTheGradeFlat() throws IOException {
        GradedSample graded = GradedSample.of(SAMPLE, "3", "3", Verdict.CORRECT);
        assertEquals(
                "{\"id\":\"q1\",\"strategy\":\"pot\",\"origin\":\"student\",\"iteration\":2,\"index\":1,"
                        + "\"text\":\"[pot]: answer = 3\",\"gold\":\"3\",\"prediction\":\"3\",\"verdict\":\"correct\","
                        + "\"correct\":true}",
                Jsonl.MAPPER.writeValueAsString(graded));
        // A missing prediction is written as null, not left out.
        assertTrue(Jsonl.MAPPER
                .writeValueAsString(GradedSample.of(SAMPLE, "3", null, Verdict.NO_ANSWER))
                .contains(",\"prediction\":null,\"verdict\":\"no_answer\",\"correct\":false}"));
    }

    @Test
    void readsAndRewritesAGradedFileByteForByte() throws IOException {
        Path golden = Path.of("src", "test", "resources", "eval", "greedy.graded.jsonl");
        List<String> lines = Files.readAllLines(golden);
        try (JsonlReader<GradedSample> reader = JsonlReader.open(golden, GradedSample.class)) {
            for (String line : lines) {
                assertEquals(line, Jsonl.MAPPER.writeValueAsString(reader.next()));
            }
        }
    }

    @Test
    void readsWhatItWroteWithEveryField() throws IOException {
        GradedSample written = GradedSample.of(SAMPLE, "4", "3", Verdict.WRONG);
        GradedSample read = read(Jsonl.MAPPER.writeValueAsString(written));
        assertEquals(written, read);
        assertEquals(SAMPLE, read.sample());
        assertEquals(
                List.of("q1", Strategy.POT, Origin.STUDENT, 2, 1, "[pot]: answer = 3", "4", "3", Verdict.WRONG, false),
                List.of(
                        read.id(),
                        read.strategy(),
                        read.origin(),
                        read.iteration(),
                        read.index(),
                        read.text(),
                        read.gold(),
                        read.prediction(),
                        read.verdict(),
                        read.correct()));
    }

    @Test
    void refusesACorrectFlagThatContradictsTheVerdict() throws IOException {
        String line = Jsonl.MAPPER
                .writeValueAsString(GradedSample.of(SAMPLE, "3", "3", Verdict.CORRECT))
                .replace("\"correct\":true", "\"correct\":false");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> read(line));
        assertEquals(
                dir.resolve("graded.jsonl") + ":1: correct=false contradicts verdict correct for sample q1",
                e.getMessage());
    }

    @Test
    void namesAMissingField() {
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> read(
                        "{\"id\":\"q1\",\"strategy\":\"pot\",\"origin\":\"student\",\"iteration\":2,\"index\":1,\"text\":\"x\","
                                + "\"prediction\":null,\"verdict\":\"no_answer\",\"correct\":false}"));
        // Jackson's words; the index after them is the field's place in Jackson's creator.
        assertTrue(
                e.getMessage().contains(":1: field 'gold': Missing required creator property 'gold'"), e.getMessage());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws IOException {
        GradedSample graded = GradedSample.of(SAMPLE, "3", "3", Verdict.CORRECT);
        String json = Jsonl.MAPPER.writeValueAsString(graded);
        // One unknown field before the sample's, one between the halves, one after the grade's.
        String line = "{\"grader\":{\"v\":[1]},"
                + json.substring(1, json.length() - 1).replace(",\"gold\"", ",\"note\":\"x\",\"gold\"")
                + ",\"seconds\":0.5}";

        assertEquals(graded, read(line));
    }

    private GradedSample read(String line) throws IOException {
        Path file = dir.resolve("graded.jsonl");
        Files.writeString(file, line + "\n");
        try (JsonlReader<GradedSample> reader = JsonlReader.open(file, GradedSample.class)) {
            return reader.next();
        }
    }
}
