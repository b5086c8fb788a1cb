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
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a tiny decoder (3 layers, d=64, 0.2 M parameters) trained from scratch in the student format learns 2-digit additions
 * it never saw, judged by greedy decoding. Proves the packed loss, masks, positions and optimizer
 * together (a wrong mask or position lets the loss fall but not held-out accuracy). Seeded and
 * single-threaded, so it repeats on one machine: 93 % here after 470 steps (about 40 s). Fewer
 * steps or 2 layers sat on a plateau (7-76 %): the carry into the tens digit is learned late.
 */
class AdditionLearningTest {

  @TempDir Path checkpoints;

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
    List<TokenizedExample> encoded = train.stream().map(e -> encoder.encode(e, 1f)).toList();
    TrainConfig config = new TrainConfig(format, 10, 3e-3, Schedule.COSINE, 0.05, 16, 1, 128,
        Overflow.REJECT, 1.0, 0.01, 7, Optional.empty(), Map.of());
    ModelConfig model = ModelConfig.tiny(Architecture.LLAMA, tokenizer.vocabularySize(), 64, 192, 3, 4, 4);
    List<String> log = new ArrayList<>();

    try (NDManager manager = NDManager.newBaseManager();
        Decoder decoder = Decoder.random(model, 7, manager)) {
      TrainingLoop.Outcome outcome = new TrainingLoop(decoder, Optional.empty(), config,
          new TrainingLoop.Options(checkpoints, 0, 50, -1),
          event -> log.add(((Event.Info) event).message())).run(encoded, tokenizer.padId());
      int correct = 0;
      List<int[]> prompts = heldOut.stream()
          .map(p -> encoder.samplingInput(question(p), Optional.of(Strategy.COT))).toList();
      List<String> answers = greedy(decoder, manager, prompts, tokenizer, 4);
      for (int i = 0; i < heldOut.size(); i++) {
        int[] pair = heldOut.get(i);
        correct += answers.get(i).strip().equals(Integer.toString(pair[0] + pair[1])) ? 1 : 0;
      }
      assertTrue(correct >= 90, "held-out accuracy " + correct + "% after " + outcome + "\n"
          + String.join("\n", log));
    }
  }

  private static String question(int[] pair) {
    return pair[0] + " + " + pair[1];
  }

  private static TrainingExample example(int[] pair) {
    return new TrainingExample("add-" + pair[0] + "-" + pair[1], question(pair), Strategy.COT,
        Integer.toString(pair[0] + pair[1]));
  }

  /** Greedy decoding by full recompute on growing sequences (prompts of equal length). */
  static List<String> greedy(Decoder decoder, NDManager manager, List<int[]> prompts,
      WordTokenizer tokenizer, int newTokens) {
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
