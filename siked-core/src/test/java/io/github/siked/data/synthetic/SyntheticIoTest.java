package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.JsonlReader;
import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticIoTest {

    @TempDir
    Path temp;

    private final List<SyntheticProblem> problems =
            new SyntheticGenerator(new SyntheticConfig(11, 20, 0, 0, 10)).split("train");

    @Test
    void writesProblemRecordsThatPlainReadersAccept() {
        Path file = temp.resolve("train.jsonl");
        assertEquals(20, SyntheticWriter.write(problems, file));
        List<Problem> plain = new ArrayList<>();
        try (JsonlReader<Problem> in = JsonlReader.open(file, Problem.class)) {
            in.forEachRemaining(plain::add);
        }
        assertEquals(problems.stream().map(SyntheticProblem::problem).toList(), plain);
    }

    @Test
    void readsBackTheComputationsExactly() {
        Path file = temp.resolve("ood.jsonl");
        List<SyntheticProblem> ood = new SyntheticGenerator(new SyntheticConfig(11, 0, 0, 0, 10)).split("ood-steps");
        SyntheticWriter.write(ood, file);
        assertEquals(ood, SyntheticReader.read(file));
    }

    @Test
    void writesTheContractFieldsFirstAndOperandsAsStrings() throws Exception {
        Path file = temp.resolve("train.jsonl");
        SyntheticWriter.write(problems.subList(0, 1), file);
        String line = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(line.startsWith("{\"id\":\"synthetic-train-0\",\"question\":\""), line);
        assertTrue(line.contains("\"family\":\"bulk\",\"computation\":{\"givens\":[{\"name\":"), line);
        assertTrue(line.contains("\"operator\":\"*\",\"operands\":[\""), line);
        assertTrue(line.endsWith("}\n"), line);
    }

    @Test
    void aRecordWhoseAnswerDisagreesWithItsComputationFailsAtItsLine() throws Exception {
        Path file = temp.resolve("edited.jsonl");
        SyntheticWriter.write(problems.subList(0, 2), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SyntheticProblem second = problems.get(1);
        lines.set(1, lines.get(1).replace("\"answer\":\"" + second.answer() + "\"", "\"answer\":\"999999\""));
        Files.write(file, lines, StandardCharsets.UTF_8);
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> SyntheticReader.read(file));
        assertEquals(2, e.line());
        assertTrue(
                e.getMessage()
                        .endsWith("problem synthetic-train-1 has answer '999999' but its computation gives "
                                + second.answer()
                                + ": regenerate the problem or fix the computation"),
                e.getMessage());
    }

    @Test
    void aRecordWithAWrongStepValueFailsAtItsLine() throws Exception {
        Path file = temp.resolve("edited.jsonl");
        SyntheticWriter.write(problems.subList(0, 1), file);
        Operation first = problems.get(0).computation().operations().get(0);
        String line = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
                file, line.replace("\"value\":" + first.value() + ",", "\"value\":" + (first.value() + 1) + ","));
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> SyntheticReader.read(file));
        assertEquals(1, e.line());
        assertTrue(
                e.getMessage()
                        .contains("stores value " + (first.value() + 1) + " but its operands give " + first.value()),
                e.getMessage());
    }
}
