package io.github.siked.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.tokenizer.HfStudentTokenizer;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.LoraConfig;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hugging Face student (weights and tokenizer.json, {@link HfModelFixture}) through the engine:
 * LoRA training from the pretrained folder, sampling the folder it wrote, then full fine-tuning
 * that continues from it, as the loop does from one iteration to the next.
 */
class HfStudentTrainingTest {

    private static final DjlOptions CPU = new DjlOptions(DeviceChoice.CPU, Precision.AUTO, 0, 1);
    private static final Pattern LOSS = Pattern.compile("^step [\\d,]+/[\\d,]+ loss ([0-9.]+) ");
    private static final StudentFormat FORMAT = StudentFormat.tagged();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path base;
    private static Path student;
    private static final List<TrainingExample> EXAMPLES = new ArrayList<>();
    private static final List<String> LOG = new ArrayList<>();

    @BeforeAll
    static void trainWithLoraFromThePretrainedFolder() throws IOException {
        // vocab_size 104 > 101 tokenizer ids: checkpoints round their embedding rows up.
        base = HfModelFixture.write(shared.resolve("base"), 104, false);
        for (int i = 0; i < 8; i++) {
            EXAMPLES.add(new TrainingExample(
                    "q" + i,
                    "Ann has " + i + " cards and buys 2.",
                    Strategy.values()[i % 3],
                    i % 3 == 2 ? "answer = " + i + " + 2" : "Final Answer: " + (i + 2)));
        }
        TrainConfig lora = TrainConfig.builder()
                .optFormat(FORMAT)
                .optEpochs(8)
                .optLearningRate(2e-2)
                .optWarmupRatio(0.0)
                .optBatchSize(1)
                .optMaxLength(256)
                .optSeed(11)
                .optLora(new LoraConfig(8, 16, 0, LoraConfig.ALL_TARGETS))
                .build();
        student = shared.resolve("student-0");
        new DjlStudentEngine(CPU)
                .trainer()
                .train(
                        base,
                        lora,
                        EXAMPLES,
                        student,
                        event -> LOG.add(event instanceof Event.Info info ? info.message() : event.toString()));
    }

    @Test
    void loraTrainingLowersTheLossAndSaysWhatPads() {
        List<Double> losses = new ArrayList<>();
        for (String line : LOG) {
            Matcher m = LOSS.matcher(line);
            if (m.find()) {
                losses.add(Double.parseDouble(m.group(1)));
            }
        }
        // 8 examples packed into 4 rows, one row a step, 8 epochs.
        assertEquals(32, losses.size(), LOG.toString());
        double first = losses.subList(0, 4).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        double last = losses.subList(28, 32).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        assertTrue(last < 0.95 * first, losses.toString());
        assertTrue(
                LOG.contains("padding with the end marker (id " + HfModelFixture.EOS + "): "
                        + base.resolve("tokenizer.json") + " names no pad token"),
                LOG.toString());
    }

    @Test
    void theOutputFolderCarriesTheTokenizerTheFormatAndTheAdapter() throws IOException {
        for (String name : List.of("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")) {
            assertArrayEquals(Files.readAllBytes(base.resolve(name)), Files.readAllBytes(student.resolve(name)), name);
        }
        assertEquals(FORMAT, StudentFormatFile.load(student));
        assertTrue(Files.isRegularFile(student.resolve("adapter").resolve("adapter_config.json")));
        assertFalse(Files.exists(student.resolve("word-tokenizer.json")));
        JsonNode config =
                new ObjectMapper().readTree(student.resolve("config.json").toFile());
        assertEquals(104, config.path("vocab_size").asInt());
        // The end marker's only source here: config.json must keep it for the sampler.
        assertEquals(HfModelFixture.EOS, config.path("eos_token_id").asInt());
    }

    @Test
    void trainingAndSamplingEncodePromptAndTagAlike() throws IOException {
        try (HfStudentTokenizer trained = HfStudentTokenizer.open(base, 104);
                HfStudentTokenizer sampled = HfStudentTokenizer.open(student, 104)) {
            StudentEncoder training = new StudentEncoder(FORMAT, trained);
            StudentEncoder sampling = new StudentEncoder(StudentFormatFile.load(student), sampled);
            for (TrainingExample example : EXAMPLES) {
                TokenizedExample encoded = training.encode(example, 1f);
                int tag = training.prefill(example.strategy()).length;
                int[] promptAndTag = new int[encoded.promptIds().length + tag];
                System.arraycopy(encoded.promptIds(), 0, promptAndTag, 0, encoded.promptIds().length);
                System.arraycopy(encoded.responseIds(), 0, promptAndTag, encoded.promptIds().length, tag);
                assertArrayEquals(
                        promptAndTag,
                        sampling.samplingInput(example.question(), Optional.of(example.strategy())),
                        example.toString());
                assertEquals(HfModelFixture.BOS, encoded.promptIds()[0]);
                assertEquals(HfModelFixture.EOS, encoded.responseIds()[encoded.responseIds().length - 1]);
            }
        }
    }

    @Test
    void theEngineSamplesTheStudentItWrote() throws IOException {
        List<Problem> problems = EXAMPLES.stream()
                .map(e -> new Problem(e.id(), e.question(), "0"))
                .toList();
        SampleConfig greedy =
                SampleConfig.builder().optMaxNewTokens(24).optBatchSize(8).build();
        try (StudentSampler sampler = new DjlStudentEngine(CPU).sampler(student, 1)) {
            List<Sample> samples = sampler.sample(greedy, problems, Optional.of(Strategy.POT), EventListener.NONE);
            assertEquals(problems.size(), samples.size());
            assertTrue(
                    samples.stream().allMatch(s -> s.text().startsWith("[pot]: ") && s.iteration() == 1),
                    samples.toString());
        }
    }

    @Test
    void fullFineTuningContinuesFromTheStudentAndLearnsItsAnswer() throws IOException {
        List<TrainingExample> one =
                List.of(new TrainingExample("q3", "Ann has 3 cards and buys 2.", Strategy.POT, "answer = 3 + 2"));
        TrainConfig full = TrainConfig.builder()
                .optFormat(FORMAT)
                .optEpochs(120)
                .optLearningRate(1e-2)
                .optWarmupRatio(0.1)
                .optBatchSize(1)
                .optMaxLength(256)
                .optSeed(12)
                .optFullFineTuning()
                .build();
        Path next = dir.resolve("student-1");
        List<String> log = new ArrayList<>();
        new DjlStudentEngine(CPU)
                .trainer()
                .train(
                        student,
                        full,
                        one,
                        next,
                        event -> log.add(event instanceof Event.Info info ? info.message() : event.toString()));
        assertTrue(
                log.contains("padding with the end marker (id " + HfModelFixture.EOS + "): "
                        + student.resolve("tokenizer.json") + " names no pad token"),
                log.toString());
        assertFalse(Files.exists(next.resolve("adapter")));
        assertArrayEquals(
                Files.readAllBytes(base.resolve("tokenizer.json")), Files.readAllBytes(next.resolve("tokenizer.json")));
        // Greedy decoding after the tag recovers the trained body, so the ids line up end to end.
        Problem problem = new Problem("q3", one.get(0).question(), "5");
        try (StudentSampler sampler = new DjlStudentEngine(CPU).sampler(next, 2)) {
            Sample sample = sampler.sample(
                            SampleConfig.builder()
                                    .optMaxNewTokens(32)
                                    .optBatchSize(1)
                                    .build(),
                            List.of(problem),
                            Optional.of(Strategy.POT),
                            EventListener.NONE)
                    .get(0);
            assertEquals("[pot]: answer = 3 + 2", sample.text());
        }
    }

    @Test
    void aTokenizerLargerThanTheModelIsRefused() throws IOException {
        Path small = HfModelFixture.write(dir.resolve("small"), 64, true);
        IOException e = assertThrows(
                IOException.class,
                () -> new DjlStudentEngine(CPU)
                        .trainer()
                        .train(small, TrainConfig.siked(), EXAMPLES, dir.resolve("out"), EventListener.NONE));
        assertEquals(
                "tokenizer mismatch in " + small + ": tokenizer.json has 101 ids but config.json's"
                        + " vocab_size is 64: they do not belong together; use the tokenizer the model was trained"
                        + " with",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "a refused run left an output folder");
        IllegalArgumentException sampling =
                assertThrows(IllegalArgumentException.class, () -> new DjlStudentEngine(CPU).sampler(small, 1));
        assertEquals(
                "tokenizer mismatch: " + small.resolve("tokenizer.json") + ": the tokenizer has 101"
                        + " ids but the model's vocab_size is 64: they do not belong together; use the tokenizer the"
                        + " model was trained with",
                sampling.getMessage());
    }
}
