package io.github.siked.teacher.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.record.JsonlWriter;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.scripted.ErrorRates;
import io.github.siked.teacher.scripted.QuickstartProblems;
import io.github.siked.teacher.scripted.ScriptedTeacher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTeacherTest {

    @TempDir
    Path dir;

    private static final Problem PROBLEM = new Problem("q-7", "What is 6 times 7?", "42");

    @Test
    void answersWhatTheScriptedTeacherWroteToTheFile() {
        // Round trip: samples written by one backend, answered by the file backend, in index order
        // even when the file holds them shuffled and interleaved with other problems.
        List<SyntheticProblem> problems = QuickstartProblems.split("train").subList(0, 20);
        ScriptedTeacher scripted = new ScriptedTeacher(problems, ErrorRates.defaults());
        List<Sample> samples = new ArrayList<>();
        for (SyntheticProblem problem : problems) {
            for (Strategy strategy : Strategy.values()) {
                List<String> texts = scripted.complete(request(problem.problem(), strategy, 5))
                        .texts();
                for (int i = 0; i < texts.size(); i++) {
                    samples.add(new Sample(problem.id(), strategy, Origin.TEACHER, 0, i, texts.get(i)));
                }
            }
        }
        Collections.shuffle(samples, new java.util.Random(3));
        Path file = write(samples);

        FileTeacher teacher = FileTeacher.open(file);
        assertEquals("file", teacher.name());
        for (SyntheticProblem problem : problems) {
            for (Strategy strategy : Strategy.values()) {
                TeacherReply reply = teacher.complete(request(problem.problem(), strategy, 3));
                assertEquals(
                        scripted.complete(request(problem.problem(), strategy, 3))
                                .texts(),
                        reply.texts());
                assertEquals("file", reply.model());
                assertNull(reply.fingerprint());
            }
        }
    }

    @Test
    void fewerSamplesThanAskedNamesTheFileAndTheProblem() {
        Path file = write(List.of(sample(Strategy.POT, 0, "answer = 6 * 7"), sample(Strategy.POT, 1, "answer = 42")));
        FileTeacher teacher = FileTeacher.open(file);
        assertEquals(
                List.of("answer = 6 * 7", "answer = 42"),
                teacher.complete(request(PROBLEM, Strategy.POT, 2)).texts());

        assertEquals(
                file + " holds 2 pot samples for problem 'q-7' but 3 were asked: lower"
                        + " siked.teacher.samples to at most 2 or add the missing samples to the file",
                assertThrows(TeacherException.class, () -> teacher.complete(request(PROBLEM, Strategy.POT, 3)))
                        .getMessage());
        assertEquals(
                file + " holds no cot samples for problem 'q-7': it was made for other problems"
                        + " or strategies; check siked.train.dataset and siked.strategies, or add the samples to"
                        + " the file",
                assertThrows(TeacherException.class, () -> teacher.complete(request(PROBLEM, Strategy.COT, 1)))
                        .getMessage());
    }

    @Test
    void aRepeatedIndexIsAnErrorWhenOpening() {
        Path file = write(List.of(sample(Strategy.L2M, 2, "a"), sample(Strategy.L2M, 2, "b")));
        assertEquals(
                file + " holds two samples with index 2 for problem 'q-7' and strategy l2m: give"
                        + " each sample of a problem and strategy its own index",
                assertThrows(TeacherException.class, () -> FileTeacher.open(file))
                        .getMessage());
    }

    @Test
    void aMalformedOrMissingFileFailsWhenOpening() throws IOException {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(
                file,
                "{\"id\": \"q-7\", \"strategy\": \"cot\", \"origin\": \"teacher\","
                        + " \"iteration\": 0, \"index\": 0, \"text\": \"Final Answer: 42\"}\n"
                        + "{\"id\": \"q-7\", \"strategy\": \"tot\", \"origin\": \"teacher\","
                        + " \"iteration\": 0, \"index\": 1, \"text\": \"Final Answer: 42\"}\n");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> FileTeacher.open(file));
        assertTrue(e.getMessage().startsWith(file + ":2: ") && e.getMessage().contains("'tot'"), e.getMessage());

        Path missing = dir.resolve("missing.jsonl");
        assertTrue(assertThrows(RecordFormatException.class, () -> FileTeacher.open(missing))
                .getMessage()
                .contains(missing.toString()));
    }

    private Path write(List<Sample> samples) {
        Path file = dir.resolve("teacher.jsonl");
        try (JsonlWriter out = JsonlWriter.create(file)) {
            for (Sample sample : samples) {
                out.write(sample);
            }
            out.commit();
        }
        return file;
    }

    private static Sample sample(Strategy strategy, int index, String text) {
        return new Sample(PROBLEM.id(), strategy, Origin.TEACHER, 0, index, text);
    }

    private static TeacherRequest request(Problem problem, Strategy strategy, int n) {
        return new TeacherRequest(problem, strategy, "unused", n, 0, Sampling.siked());
    }
}
