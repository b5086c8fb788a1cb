package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.model.TokenBatch;
import io.github.siked.event.Event;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.Overflow;
import io.github.siked.student.Schedule;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a tiny decoder (2 layers, d=64, 0.1 M parameters) trained from scratch in the
 * student format learns 2-digit additions it never saw, judged by greedy decoding of the whole
 * response. Proves the packed loss, masks, positions and optimizer together (a wrong mask or
 * position lets the loss fall but not held-out accuracy).
 *
 * <p>The rationale adds column by column, as a cot trace would: here it reached 99-100 % held-out
 * in 470-564 steps (about 30 s), loss 0.03-0.04. The bare answer ({@code 46}) sat on a plateau and
 * landed anywhere between 7 % and 93 % after the same number of steps, because the carry into the
 * tens digit, written first, is learned late and abruptly.
 */
class AdditionLearningTest {

    @TempDir
    Path checkpoints;

    @Test
    void learnsHeldOutAdditions() throws Exception {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 10; a < 100; a++) {
            for (int b = 10; b < 100; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        Collections.shuffle(pairs, new Random(3));
        List<TrainingExample> train = new ArrayList<>();
        for (int[] pair : pairs.subList(100, 3100)) {
            train.add(example(pair));
        }
        List<int[]> heldOut = pairs.subList(0, 100);
        StudentFormat format = StudentFormat.tagged();
        WordTokenizer tokenizer = WordTokenizer.forExamples(format, train);
        StudentEncoder encoder = new StudentEncoder(format, tokenizer);
        List<TokenizedExample> encoded =
                train.stream().map(e -> encoder.encode(e, 1f)).toList();
        TrainConfig config = TrainConfig.builder()
                .optFormat(format)
                .optEpochs(6)
                .optLearningRate(3e-3)
                .optSchedule(Schedule.COSINE)
                .optWarmupRatio(0.05)
                .optBatchSize(16)
                .optMaxLength(128)
                .optOverflow(Overflow.REJECT)
                .optWeightDecay(0.01)
                .optSeed(7)
                .optFullFineTuning()
                .build();
        ModelConfig model = ModelConfig.tiny(Architecture.LLAMA, tokenizer.vocabularySize(), 64, 192, 2, 4, 4);
        List<String> log = new ArrayList<>();

        try (NDManager manager = NDManager.newBaseManager();
                Decoder decoder = Decoder.random(model, 7, manager)) {
            TrainingLoop.Outcome outcome = new TrainingLoop(
                            decoder,
                            Optional.empty(),
                            config,
                            new TrainingLoop.Options(checkpoints, 0, 50, -1),
                            event -> log.add(((Event.Info) event).message()))
                    .run(encoded, tokenizer.padId());
            int correct = 0;
            List<int[]> prompts = heldOut.stream()
                    .map(p -> encoder.samplingInput(question(p), Optional.of(Strategy.COT)))
                    .toList();
            List<String> answers = greedy(decoder, manager, prompts, tokenizer, 32);
            for (int i = 0; i < heldOut.size(); i++) {
                int[] pair = heldOut.get(i);
                correct += answers.get(i).endsWith("Final Answer: " + (pair[0] + pair[1])) ? 1 : 0;
            }
            assertTrue(
                    correct >= 95,
                    "held-out accuracy " + correct + "% after " + outcome + "\n" + String.join("\n", log));
        }
    }

    private static String question(int[] pair) {
        return pair[0] + " + " + pair[1];
    }

    private static TrainingExample example(int[] pair) {
        return new TrainingExample("add-" + pair[0] + "-" + pair[1], question(pair), Strategy.COT, rationale(pair));
    }

    /** Column addition written out: {@code Ones: 8 + 9 = 17. Tens: 7 + 1 + 1 = 9. Final Answer: 97}. */
    static String rationale(int[] pair) {
        int ones = pair[0] % 10 + pair[1] % 10;
        int carry = ones / 10;
        int tens = pair[0] / 10 + pair[1] / 10 + carry;
        return "Ones: " + pair[0] % 10 + " + " + pair[1] % 10 + " = " + ones + ". Tens: " + pair[0] / 10 + " + "
                + pair[1] / 10 + " + " + carry + " = " + tens + ". Final Answer: " + (pair[0] + pair[1]);
    }

    /** Greedy decoding by full recompute on growing sequences (prompts of equal length). */
    static List<String> greedy(
            Decoder decoder, NDManager manager, List<int[]> prompts, WordTokenizer tokenizer, int newTokens) {
        List<int[]> sequences = new ArrayList<>(prompts);
        List<List<Integer>> generated = new ArrayList<>();
        prompts.forEach(p -> generated.add(new ArrayList<>()));
        for (int t = 0; t < newTokens; t++) {
            try (NDManager step = manager.newSubManager()) {
                TokenBatch batch = TokenBatch.leftPadded(sequences, tokenizer.padId());
                NDArray logits = decoder.logits(batch.toArray(step), batch.leftPadding());
                long[] next = logits.get(":, -1, :").argMax(-1).toLongArray();
                for (int r = 0; r < sequences.size(); r++) {
                    int[] grown = java.util.Arrays.copyOf(sequences.get(r), sequences.get(r).length + 1);
                    grown[grown.length - 1] = (int) next[r];
                    sequences.set(r, grown);
                    generated.get(r).add((int) next[r]);
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (List<Integer> ids : generated) {
            int end = ids.indexOf(tokenizer.eosId());
            List<Integer> kept = end < 0 ? ids : ids.subList(0, end);
            texts.add(tokenizer.decode(kept.stream().mapToInt(Integer::intValue).toArray()));
        }
        return texts;
    }
}
