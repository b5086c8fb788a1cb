package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticGeneratorTest {

  @TempDir Path temp;

  @Test
  void namesTheSplitsInOrder() {
    assertEquals(
        List.of("train", "validation", "test", "ood-phrasing", "ood-steps", "ood-numbers"),
        SyntheticGenerator.splitNames());
    assertEquals(
        List.of("bulk", "chain", "compare", "groups", "rate"), SyntheticGenerator.familyIds());
  }

  @Test
  void anUnknownSplitIsAnErrorListingTheKnownOnes() {
    SyntheticGenerator generator = new SyntheticGenerator(SyntheticConfig.defaults(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> generator.split("dev"));
    assertEquals(
        "unknown synthetic split 'dev': use one of train, validation, test, ood-phrasing,"
            + " ood-steps, ood-numbers",
        e.getMessage());
  }

  @Test
  void sizesAreValidatedWithTheKeyAndRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SyntheticConfig(1, 10, -1, 10, 10));
    assertEquals("synthetic validationSize is -1: use a size from 0 to 50000", e.getMessage());
  }

  @Test
  void splitsHaveTheConfiguredSizesIdsAndBalancedFamilies() {
    SyntheticConfig config = new SyntheticConfig(3, 40, 15, 25, 10);
    SyntheticGenerator generator = new SyntheticGenerator(config);
    for (SyntheticSplit split : SyntheticSplit.values()) {
      List<SyntheticProblem> problems = generator.split(split);
      assertEquals(config.size(split), problems.size(), split.id());
      for (int i = 0; i < problems.size(); i++) {
        assertEquals("synthetic-" + split.id() + "-" + i, problems.get(i).id());
      }
    }
    Map<String, Integer> families = new TreeMap<>();
    DefaultSplits.split("train").forEach(p -> families.merge(p.family(), 1, Integer::sum));
    assertEquals(
        Map.of("bulk", 400, "chain", 400, "compare", 400, "groups", 400, "rate", 400), families);
  }

  @Test
  void theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
    write(7, temp.resolve("a"));
    write(7, temp.resolve("b"));
    write(8, temp.resolve("c"));
    for (String name : SyntheticGenerator.splitNames()) {
      byte[] first = Files.readAllBytes(temp.resolve("a").resolve(name + ".jsonl"));
      assertArrayEquals(
          first, Files.readAllBytes(temp.resolve("b").resolve(name + ".jsonl")), name);
      assertFalse(
          Arrays.equals(first, Files.readAllBytes(temp.resolve("c").resolve(name + ".jsonl"))),
          name);
    }
  }

  @Test
  void aLargerSplitStartsWithTheSmallerOne() {
    List<SyntheticProblem> small =
        new SyntheticGenerator(new SyntheticConfig(5, 50, 0, 0, 0)).split("train");
    List<SyntheticProblem> large =
        new SyntheticGenerator(new SyntheticConfig(5, 120, 0, 0, 0)).split("train");
    assertEquals(small, large.subList(0, 50));
  }

  @Test
  void noQuestionAppearsTwiceWithinOrAcrossSplits() {
    Map<String, String> owner = new HashMap<>();
    DefaultSplits.all()
        .forEach(
            (name, problems) -> {
              for (SyntheticProblem p : problems) {
                String before = owner.put(p.question(), p.id());
                assertTrue(
                    before == null,
                    p.id() + " repeats the question of " + before + ": " + p.question());
              }
            });
    assertEquals(2_000 + 200 + 500 + 3 * 500, owner.size());
  }

  private static void write(long seed, Path dir) {
    SyntheticGenerator generator =
        new SyntheticGenerator(new SyntheticConfig(seed, 300, 50, 100, 50));
    for (String name : SyntheticGenerator.splitNames()) {
      SyntheticWriter.write(generator.split(name), dir.resolve(name + ".jsonl"));
    }
  }
}
