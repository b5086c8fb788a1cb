package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.event.EventListener;
import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizer;
import io.github.siked.student.WordTokenizerFile;
import io.github.siked.train.TrainStage;
import io.github.siked.train.TrainStageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages a user reads when a model folder, its tokenizer, the data or a setting is wrong. */
class DjlStudentEngineErrorsTest {

    private static final DjlOptions CPU = new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 0, 10);
    private static final TrainConfig CONFIG = TinyStart.quickTraining().build();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path student;
    private static List<TrainingExample> examples;

    @BeforeAll
    static void trainATinyStudent() throws IOException {
        Path start = TinyStart.folder(shared.resolve("tiny"), TinyStart.LLAMA);
        examples = TinyStart.potExamples(6, 2);
        student = shared.resolve("student");
        new DjlStudentEngine(CPU).trainer().train(start, CONFIG, examples, student, EventListener.NONE);
    }

    @Test
    void aMissingStudentFolderIsNamed() {
        Path missing = dir.resolve("nowhere");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DjlStudentEngine(CPU).sampler(missing, 1));
        assertEquals(
                "the student " + missing + " is not a folder: give the folder siked:train wrote"
                        + " (siked.sample.model) or a Hugging Face model folder",
                e.getMessage());
    }

    @Test
    void aFolderWithoutConfigJsonNamesTheFile() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> new DjlStudentEngine(CPU).sampler(empty, 1));
        assertEquals(
                empty.resolve("config.json") + ": no such file: a Hugging Face model directory needs" + " one",
                e.getMessage());
        IOException train = trainingFails(empty);
        assertEquals(e.getMessage(), train.getMessage());
    }

    @Test
    void anUnsupportedModelTypeIsNamed() throws IOException {
        Path gpt2 = Files.createDirectories(dir.resolve("gpt2"));
        Files.writeString(gpt2.resolve("config.json"), "{\"model_type\": \"gpt2\"}");
        IOException e = trainingFails(gpt2);
        assertTrue(
                e.getMessage()
                        .startsWith(gpt2.resolve("config.json") + ": model_type 'gpt2' is not"
                                + " supported: siked runs llama, qwen2, gemma"),
                e.getMessage());
    }

    @Test
    void aWordTokenizerLargerThanTheModelIsAMismatch() throws IOException {
        Path copy = copyOfStudent("larger");
        List<TrainingExample> more = new ArrayList<>(examples);
        more.add(new TrainingExample("x", "Bob sells seven red apples and nine green pears.", Strategy.COT, "x"));
        WordTokenizerFile.save(WordTokenizer.forExamples(StudentFormat.tagged(), more), copy);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DjlStudentEngine(CPU).sampler(copy, 1));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "tokenizer mismatch: " + copy.resolve("word-tokenizer.json") + ": the tokenizer has "),
                e.getMessage());
        IOException train = trainingFails(copy);
        assertTrue(train.getMessage().startsWith("tokenizer mismatch in " + copy), train.getMessage());
    }

    @Test
    void aStudentWithoutItsTokenizerSaysWhichFileIsMissing() throws IOException {
        Path copy = copyOfStudent("bare");
        Files.delete(copy.resolve("word-tokenizer.json"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new DjlStudentEngine(CPU).sampler(copy, 1));
        assertEquals(
                "no tokenizer in " + copy + ": a student siked trained has word-tokenizer.json beside"
                        + " its weights, a Hugging Face model tokenizer.json; copy the one the model was trained with"
                        + " into the folder",
                e.getMessage());
        IOException train = trainingFails(copy);
        assertEquals(e.getMessage(), train.getMessage());
    }

    @Test
    void aTrainingRecordWithoutTextNamesFileAndLine() throws IOException {
        Path problems = dir.resolve("problems.jsonl");
        Files.writeString(
                problems,
                "{\"id\": \"q0\", \"question\": \"Ann has 0 cards.\", \"answer\": \"0\"}\n"
                        + "{\"id\": \"q1\", \"question\": \"Ann has 1 cards.\", \"answer\": \"1\"}\n");
        Path data = dir.resolve("data.jsonl");
        Files.writeString(
                data,
                "{\"id\": \"q0\", \"strategy\": \"pot\", \"origin\": \"teacher\", \"iteration\": 0, \"index\": 0, \"text\": \"answer = 0\"}\n"
                        + "{\"id\": \"q1\", \"strategy\": \"pot\", \"origin\": \"teacher\", \"iteration\": 0, \"index\": 0}\n");
        Path start = TinyStart.folder(dir.resolve("start"), TinyStart.LLAMA);
        RecordFormatException e = assertThrows(
                RecordFormatException.class,
                () -> new StageRunner(EventListener.NONE)
                        .run(new TrainStage(
                                new TrainStageConfig(data, "jsonl:" + problems, start, dir.resolve("out"), CONFIG),
                                DatasetResolver.of(dir, true, EventListener.NONE),
                                new DjlStudentEngine(CPU),
                                EventListener.NONE)));
        assertTrue(e.getMessage().startsWith(data + ":2: "), e.getMessage());
        assertTrue(e.getMessage().startsWith(data + ":2: field 'text': Missing"), e.getMessage());
    }

    /** What training from {@code start} throws. */
    private IOException trainingFails(Path start) {
        return assertThrows(
                IOException.class,
                () -> new DjlStudentEngine(CPU)
                        .trainer()
                        .train(start, CONFIG, examples, dir.resolve("out"), EventListener.NONE));
    }

    private Path copyOfStudent(String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(student)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
