package io.github.siked.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mix stage on files: outputs, summary, manifest, skipping, and the errors users read. */
class MixStageTest {

    @TempDir
    Path dir;

    private Path teacher;
    private Path self;
    private final List<String> log = new ArrayList<>();
    private final EventListener events = event -> log.add(
            event instanceof Event.Info i
                    ? i.message()
                    : event instanceof Event.Warning w ? "WARN " + w.message() : event.toString());

    @BeforeEach
    void writeInputs() {
        teacher = dir.resolve("d_llm.jsonl");
        try (JsonlWriter out = JsonlWriter.create(teacher)) {
            MixFixtures.dLlm().forEach(r -> out.write(GradedSample.of(r.toSample(), "3", "3", Verdict.CORRECT)));
            out.commit();
        }
        self = dir.resolve("self.jsonl");
        try (JsonlWriter out = JsonlWriter.create(self)) {
            MixFixtures.self().forEach(out::write);
            out.commit();
        }
    }

    private MixStageConfig config(int keepSelf, Path output) {
        return new MixStageConfig(
                teacher,
                Optional.of(self),
                1,
                new MixRecipe(
                        TeacherSelection.COMBINED,
                        Selections.DEFAULT_PRIORITY,
                        Optional.of(MixFixtures.config(MixPolicy.ADAPTIVE, keepSelf)),
                        0),
                new MixSeeds(5, 6, 2),
                output);
    }

    private MixSummary run(MixStageConfig config) throws IOException {
        return new StageRunner(events).run(new MixStage(config, events)).result();
    }

    @Test
    void mixesAndWritesRowsSummaryAndManifest() throws IOException {
        Path output = dir.resolve("mix/data.jsonl");
        MixSummary summary = run(config(1, output));
        assertEquals(5, summary.teacherRows());
        assertEquals(4, summary.studentRows());
        List<Sample> rows = new ArrayList<>();
        try (JsonlReader<Sample> in = JsonlReader.open(output, Sample.class)) {
            in.forEachRemaining(rows::add);
        }
        assertEquals(9, rows.size());
        JsonNode first = Jsonl.MAPPER.readTree(Files.readAllLines(output).get(0));
        assertEquals(List.of("id", "strategy", "origin", "iteration", "index", "seed", "text"), names(first));
        assertEquals(6, first.get("seed").asLong(), "student rows carry the student's seed");

        JsonNode json =
                Jsonl.MAPPER.readTree(dir.resolve("mix/data.summary.json").toFile());
        assertEquals(5.0 / 9, json.get("alpha").asDouble(), 1e-12);
        assertEquals(List.of("cot", "l2m", "pot"), names(json.get("byStrategy")));
        assertEquals(2.0 / 3, json.at("/byStrategy/pot/alpha").asDouble(), 1e-12);
        assertEquals(
                summary,
                Jsonl.MAPPER.readValue(dir.resolve("mix/data.summary.json").toFile(), MixSummary.class));

        JsonNode manifest =
                Jsonl.MAPPER.readTree(dir.resolve("mix/data.manifest.json").toFile());
        assertEquals("mix", manifest.get("stage").asText());
        assertEquals("adaptive", manifest.at("/config/recipe/mixing/policy").asText());
        assertEquals(5, manifest.at("/seeds/teacher").asLong());
        assertEquals(List.of("data.jsonl", "data.summary.json"), names(manifest.get("outputs")));
        assertEquals(List.of("self", "teacher"), names(manifest.get("inputs")));
        assertTrue(
                log.contains("mix: pot teacher 2, student 1, alpha 0.667 (student solved 1 of 2 sampled questions)"),
                log.toString());
        assertTrue(
                log.contains("WARN mix: 1 of 13 student samples start with no strategy tag and were not used"),
                log.toString());
    }

    @Test
    void aSecondRunIsSkippedAndAChangedSettingRuns() throws IOException {
        Path output = dir.resolve("data.jsonl");
        MixSummary first = run(config(1, output));
        byte[] bytes = Files.readAllBytes(output);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(output, written);
        log.clear();

        assertEquals(first, run(config(1, output)));
        assertTrue(log.get(0).startsWith("mix: up to date, skipped ("), log.toString());
        assertEquals(1, log.size());
        assertEquals(written, Files.getLastModifiedTime(output));
        assertArrayEquals(bytes, Files.readAllBytes(output));

        log.clear();
        MixSummary keepAll = run(config(0, output));
        assertFalse(log.stream().anyMatch(l -> l.contains("up to date")), log.toString());
        assertEquals(6, keepAll.studentRows());
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        run(config(1, dir.resolve("a/data.jsonl")));
        run(config(1, dir.resolve("b/data.jsonl")));
        for (String name : List.of("data.jsonl", "data.summary.json")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)),
                    name);
        }
    }

    @Test
    void iterationZeroIsTheSelectionAlone() throws IOException {
        Path output = dir.resolve("data.jsonl");
        MixSummary summary = run(new MixStageConfig(
                teacher,
                Optional.empty(),
                0,
                new MixRecipe(TeacherSelection.BIASED, Selections.DEFAULT_PRIORITY, Optional.of(Mixing.adaptive()), 0),
                new MixSeeds(5, 6, 2),
                output));
        // q1, q2, q3 have pot; q4 only cot.
        assertEquals(4, summary.teacherRows());
        assertEquals(1.0, summary.alpha());
        assertEquals(3, summary.byStrategy().get(Strategy.POT).teacherRows());
        assertEquals(0, summary.byStrategy().get(Strategy.L2M).teacherRows());
    }

    @Test
    void aControlDrawsTheGivenNumberOfTeacherRows() throws IOException {
        Path output = dir.resolve("data.jsonl");
        MixSummary summary = run(new MixStageConfig(
                teacher,
                Optional.empty(),
                2,
                new MixRecipe(
                        TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, Optional.of(Mixing.adaptive()), 20),
                new MixSeeds(5, 6, 2),
                output));
        assertEquals(20, summary.teacherRows());
        assertEquals(0, summary.studentRows());
        assertEquals(2, summary.iteration());
        assertEquals(20, Files.readAllLines(output).size());
    }

    @Test
    void aMalformedLineNamesFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(self));
        lines.set(1, "{\"id\": \"q1\", \"strategy\": ");
        Files.write(self, lines);
        String message = assertThrows(RecordFormatException.class, () -> run(config(1, dir.resolve("data.jsonl"))))
                .getMessage();
        assertTrue(message.startsWith(self + ":2: not valid JSON"), message);
        assertFalse(Files.exists(dir.resolve("data.jsonl")));
    }

    @Test
    void studentRowsInTheTeacherFileAreRefused() throws IOException {
        Files.writeString(teacher, Files.readAllLines(self).get(0) + "\n", StandardCharsets.UTF_8);
        String message = assertThrows(RecordFormatException.class, () -> run(config(1, dir.resolve("data.jsonl"))))
                .getMessage();
        assertEquals(
                teacher + ":1: origin is student: <teacher> holds the teacher's rows (D_LLM from"
                        + " siked:generate-teacher); the student's graded samples go in <self>",
                message);
    }

    @Test
    void inconsistentSettingsAreNamed() {
        Path out = dir.resolve("data.jsonl");
        Optional<Mixing> mix = Optional.of(Mixing.adaptive());
        assertEquals(
                "<iteration> is 1 but <self> is not set: give the student's graded samples of iteration 1"
                        + " (siked:verify's output)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new MixStageConfig(
                                        teacher,
                                        Optional.empty(),
                                        1,
                                        new MixRecipe(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, mix, 0),
                                        new MixSeeds(5, 6, 2),
                                        out))
                        .getMessage());
        assertEquals(
                "<self> is set to " + self + " but <iteration> is 0, which trains on the teacher data alone: set"
                        + " <iteration> to the samples' iteration, or leave <self> out",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new MixStageConfig(
                                        teacher,
                                        Optional.of(self),
                                        0,
                                        new MixRecipe(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, mix, 0),
                                        new MixSeeds(5, 6, 2),
                                        out))
                        .getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new MixStageConfig(
                        teacher,
                        Optional.of(self),
                        1,
                        new MixRecipe(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, mix, 10),
                        new MixSeeds(5, 6, 2),
                        out));
        String missing = assertThrows(
                        RecordFormatException.class,
                        () -> run(new MixStageConfig(
                                dir.resolve("none.jsonl"),
                                Optional.empty(),
                                0,
                                new MixRecipe(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, mix, 0),
                                new MixSeeds(5, 6, 2),
                                out)))
                .getMessage();
        assertEquals(dir.resolve("none.jsonl") + ": no such file: check <teacher>", missing);
    }

    @Test
    void fixedAlphaIsRecordedInTheManifest() throws IOException {
        Path output = dir.resolve("data.jsonl");
        Mixing fixed = new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.values()), 1, OptionalDouble.of(0.5));
        run(new MixStageConfig(
                teacher,
                Optional.of(self),
                1,
                new MixRecipe(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, Optional.of(fixed), 0),
                new MixSeeds(5, 6, 2),
                output));
        JsonNode manifest =
                Jsonl.MAPPER.readTree(dir.resolve("data.manifest.json").toFile());
        assertEquals(0.5, manifest.at("/config/recipe/mixing/alpha").asDouble());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
