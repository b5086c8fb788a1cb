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

    @TempDir
    Path temp;

    @Test
    void namesTheSplitsInOrder() {
        assertEquals(
                List.of("train", "validation", "test", "ood-phrasing", "ood-steps", "ood-numbers"),
                SyntheticGenerator.splitNames());
        assertEquals(List.of("bulk", "chain", "compare", "groups", "rate"), SyntheticGenerator.familyIds());
    }

    @Test
    void anUnknownSplitIsAnErrorListingTheKnownOnes() {
        SyntheticGenerator generator = new SyntheticGenerator(SyntheticConfig.defaults(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.split("dev"));
        assertEquals(
                "unknown synthetic split 'dev': use one of train, validation, test, ood-phrasing,"
                        + " ood-steps, ood-numbers",
                e.getMessage());
    }

    @Test
    void sizesAreValidatedWithTheKeyAndRange() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SyntheticConfig(1, 10, -1, 10, 10));
        assertEquals("synthetic validationSize is -1: use a size from 0 to 10000", e.getMessage());
    }

    @Test
    void splitsHaveTheConfiguredSizesIdsAndBalancedFamilies() {
        SyntheticConfig config = new SyntheticConfig(3, 40, 15, 25, 10);
        SyntheticGenerator generator = new SyntheticGenerator(config);
        for (SyntheticSplit split : SyntheticSplit.values()) {
            List<SyntheticProblem> problems = generator.split(split);
            assertEquals(config.size(split), problems.size(), split.id());
            for (int i = 0; i < problems.size(); i++) {
                assertEquals(
                        "synthetic-" + split.id() + "-" + i, problems.get(i).id());
            }
        }
        Map<String, Integer> families = new TreeMap<>();
        DefaultSplits.split("train").forEach(p -> families.merge(p.family(), 1, Integer::sum));
        assertEquals(Map.of("bulk", 400, "chain", 400, "compare", 400, "groups", 400, "rate", 400), families);
    }

    @Test
    void theSameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        write(7, temp.resolve("a"));
        write(7, temp.resolve("b"));
        write(8, temp.resolve("c"));
        for (String name : SyntheticGenerator.splitNames()) {
            byte[] first = Files.readAllBytes(temp.resolve("a").resolve(name + ".jsonl"));
            assertArrayEquals(first, Files.readAllBytes(temp.resolve("b").resolve(name + ".jsonl")), name);
            assertFalse(
                    Arrays.equals(first, Files.readAllBytes(temp.resolve("c").resolve(name + ".jsonl"))), name);
        }
    }

    @Test
    void seedOneStillDrawsTheSameProblems() {
        // Pins the generator across versions: a change here changes every experiment's data, so it
        // must be deliberate and noted in the changelog.
        List<String> drawn = new SyntheticGenerator(new SyntheticConfig(1, 5, 0, 0, 0))
                .split("train").stream()
                        .map(p -> p.question() + " | " + p.answer())
                        .toList();
        assertEquals(
                List.of(
                        "Cara fills 25 trays with 18 pens each and then buys 47 pens. How many pens does Cara"
                                + " have now? | 497",
                        "Finn has 11 pears. Finn sells 3 pears. Finn buys 4 pears. Hana gives Finn 5 pears."
                                + " Finn loses 2 pears. Then Finn gives 7 pears to Hana. How many pears does Finn"
                                + " have now? | 8",
                        "Finn has 5 pens. Ann has 2 times as many pens as Finn. Gus has 2 fewer pens than Finn."
                                + " How many pens do Finn, Ann and Gus have together? | 18",
                        "Cara has 4 packs with 7 stickers in each pack and 5 baskets with 4 shells in each"
                                + " basket. How many more stickers than shells does Cara have? | 8",
                        "Finn pays 24 dollars for 3 pears. How many dollars does Finn pay for 8 pears? | 64"),
                drawn);
    }

    @Test
    void aLargerSplitStartsWithTheSmallerOne() {
        List<SyntheticProblem> small = new SyntheticGenerator(new SyntheticConfig(5, 50, 0, 0, 0)).split("train");
        List<SyntheticProblem> large = new SyntheticGenerator(new SyntheticConfig(5, 120, 0, 0, 0)).split("train");
        assertEquals(small, large.subList(0, 50));
    }

    @Test
    void noQuestionAppearsTwiceWithinOrAcrossSplits() {
        Map<String, String> owner = new HashMap<>();
        DefaultSplits.all().forEach((name, problems) -> {
            for (SyntheticProblem p : problems) {
                String before = owner.put(p.question(), p.id());
                assertTrue(before == null, p.id() + " repeats the question of " + before + ": " + p.question());
            }
        });
        assertEquals(2_000 + 200 + 500 + 3 * 500, owner.size());
    }

    private static void write(long seed, Path dir) {
        SyntheticGenerator generator = new SyntheticGenerator(new SyntheticConfig(seed, 300, 50, 100, 50));
        for (String name : SyntheticGenerator.splitNames()) {
            SyntheticWriter.write(generator.split(name), dir.resolve(name + ".jsonl"));
        }
    }
}
