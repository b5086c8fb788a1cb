package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetResolverTest {

    @TempDir
    Path dataDir;

    @Test
    void resolvesPublishedNamesFromTheSharedFolder() {
        DatasetResolver resolver = DatasetResolver.of(SharedDatasets.root(), true, EventListener.NONE);
        assertEquals(7_473, resolver.resolve("gsm8k-train").size());
        assertEquals(1_319, resolver.resolve("gsm8k-test").size());
        assertEquals(1_000, resolver.resolve("svamp").size());
        assertEquals(1_319, resolver.resolve("gsm-hard").size());
        assertEquals(
                "18", resolver.resolve("gsm8k-test").require("gsm8k-test-0").answer());
    }

    @Test
    void findsUpstreamFilesAnywhereBelowTheDataDirectory() throws IOException {
        Path file = copy("gsm8k-good.jsonl", "deep/er/still/test.jsonl");
        List<Event> events = new ArrayList<>();
        Dataset test = DatasetResolver.of(dataDir, true, events::add).resolve("gsm8k-test");
        assertEquals("gsm8k-test", test.name());
        assertEquals(3, test.size());
        // Not the pinned bytes: read, with a warning.
        assertEquals(1, events.size());
        Event.Warning warning = (Event.Warning) events.get(0);
        assertTrue(
                warning.message().startsWith("reading gsm8k-test from " + file.toAbsolutePath() + ", whose sha256 "),
                warning.message());
        assertTrue(warning.message().endsWith("results on it may not compare with published ones"), warning.message());
    }

    @Test
    void pinnedFileIsReadWithoutWarning() {
        List<Event> events = new ArrayList<>();
        DatasetResolver.of(SharedDatasets.root(), true, events::add).resolve("svamp");
        assertEquals(1, events.size());
        assertTrue(
                events.get(0) instanceof Event.Info info && info.message().startsWith("reading svamp from "),
                events.toString());
    }

    @Test
    void genericNamePrefersAPathMentioningGsm8k() throws IOException {
        copy("gsm8k-good.jsonl", "grade-school-math/data/train.jsonl");
        copy("gsm8k-bad-json.jsonl", "other-benchmark/train.jsonl");
        assertEquals(3, offline().resolve("gsm8k-train").size());
        assertEquals(
                dataDir.resolve("grade-school-math/data/train.jsonl").toAbsolutePath(),
                offline().locate("gsm8k-train"));
    }

    @Test
    void realAmbiguityNamesTheCandidates() throws IOException {
        Path a = copy("gsm8k-good.jsonl", "gsm8k-a/test.jsonl");
        Path b = copy("gsm8k-good.jsonl", "gsm8k-b/test.jsonl");
        DatasetException e =
                assertThrows(DatasetException.class, () -> offline().resolve("gsm8k-test"));
        assertTrue(e.getMessage().startsWith("dataset gsm8k-test: 2 files named test.jsonl below "), e.getMessage());
        assertTrue(
                e.getMessage().contains("\n  " + a.toAbsolutePath() + "\n  " + b.toAbsolutePath() + "\n"),
                e.getMessage());
    }

    @Test
    void twoCopiesOfAnUnambiguousNameAreAlsoAnError() throws IOException {
        copy("svamp-not-array.json", "one/SVAMP.json");
        copy("svamp-not-array.json", "two/SVAMP.json");
        DatasetException e =
                assertThrows(DatasetException.class, () -> offline().resolve("svamp"));
        assertTrue(e.getMessage().contains("2 files named SVAMP.json"), e.getMessage());
        assertTrue(
                e.getMessage().endsWith("point siked.dataDir at a folder holding only the right one"), e.getMessage());
    }

    @Test
    void offlineAndMissingSaysWhereItLookedAndHowToProvideTheFile() {
        DatasetException e =
                assertThrows(DatasetException.class, () -> offline().resolve("asdiv"));
        Path where = dataDir.toAbsolutePath().normalize();
        assertEquals(
                "dataset asdiv: no file named ASDiv.xml below " + where + " and the build is offline; download "
                        + DatasetSource.pinned("asdiv").orElseThrow().url() + " (sha256 "
                        + "ef8904068482919ac48c8eeaaf6df344b8a308ba66d048c2d4d87eab82dc4929) and put it anywhere under "
                        + where + " (siked.dataDir), or build online to download it",
                e.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        DatasetResolver resolver = offline().withPrefix("synthetic:", split -> Dataset.of(split, List.of()));
        DatasetException e = assertThrows(DatasetException.class, () -> resolver.resolve("gsm8k"));
        assertEquals(
                "unknown dataset 'gsm8k': known names are gsm8k-train, gsm8k-test, svamp, asdiv, multiarith,"
                        + " gsm-hard, jsonl:<path>, synthetic:<...>",
                e.getMessage());
    }

    @Test
    void jsonlPrefixReadsNormalizedProblems() {
        Path file = SharedDatasets.fixture("problems-good.jsonl").toAbsolutePath();
        Dataset dataset = offline().resolve("jsonl:" + file);
        assertEquals("jsonl:" + file, dataset.name());
        assertEquals(new Problem("p-1", "How many?", "18"), dataset.problems().get(0));
    }

    @Test
    void extraPrefixGetsTheRestOfTheName() {
        Dataset made = Dataset.of("synthetic:test", List.of(new Problem("synthetic-test-0", "1+1?", "2")));
        DatasetResolver resolver = offline().withPrefix("synthetic:", split -> {
            assertEquals("test", split);
            return made;
        });
        assertEquals(made, resolver.resolve("synthetic:test"));
    }

    @Test
    void prefixMustEndWithAColonAndNotReplaceJsonl() {
        IllegalArgumentException noColon =
                assertThrows(IllegalArgumentException.class, () -> offline().withPrefix("synthetic", split -> null));
        assertEquals(
                "a dataset name prefix must be a word ending in ':' such as 'synthetic:', was 'synthetic'",
                noColon.getMessage());
        assertThrows(IllegalArgumentException.class, () -> offline().withPrefix("jsonl:", split -> null));
    }

    private DatasetResolver offline() {
        return DatasetResolver.of(dataDir, true, EventListener.NONE);
    }

    private Path copy(String fixture, String below) throws IOException {
        Path target = dataDir.resolve(below);
        Files.createDirectories(target.getParent());
        return Files.copy(SharedDatasets.fixture(fixture), target);
    }
}
