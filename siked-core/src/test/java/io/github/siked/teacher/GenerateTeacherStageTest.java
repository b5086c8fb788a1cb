package io.github.siked.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.DatasetResolver;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.GradedSample;
import io.github.siked.record.Jsonl;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.Problem;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.prompt.PromptRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTeacherStageTest {

    @TempDir
    Path dir;

    private DatasetResolver datasets;

    /** Answers sample i of a request correctly when i is even, wrongly when odd; fails on demand. */
    static final class CountingTeacher implements TeacherBackend {
        final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile int failAfter = Integer.MAX_VALUE;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public TeacherReply complete(TeacherRequest request) {
            if (calls.incrementAndGet() > failAfter) {
                throw new TeacherException("teacher went away");
            }
            asked.computeIfAbsent(request.problem().id() + "/" + request.strategy(), k -> new AtomicInteger())
                    .incrementAndGet();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < request.n(); i++) {
                String answer = i % 2 == 0 ? request.problem().answer() : "999";
                texts.add(
                        switch (request.strategy()) {
                            case COT -> "1. Work it out.\nFinal Answer: " + answer;
                            case L2M ->
                                i == 2
                                        ? "No sub-questions here.\nFinal Answer: " + answer
                                        : "Sub-question 1: What is asked? Answer to Sub-question 1: " + answer
                                                + ".\nFinal Answer: " + answer;
                            case POT -> "answer = " + answer;
                        });
            }
            return new TeacherReply(texts, "counting-model", "fp-1", 10, 20 * request.n());
        }
    }

    /** A prompt that is the strategy and the question; one fake prompt file hash. */
    static final PromptRenderer PROMPTS = new PromptRenderer() {
        @Override
        public String render(Problem problem, Strategy strategy) {
            return strategy + ": " + problem.question();
        }

        @Override
        public SortedMap<String, String> fileHashes() {
            return new TreeMap<>(Map.of("prompts.txt", "0".repeat(64)));
        }
    };

    @BeforeEach
    void problems() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append(String.format(
                    "{\"id\": \"p-%d\", \"question\": \"What is %d + %d?\", \"answer\": \"%d\"}%n", i, i, i, 2 * i));
        }
        Files.writeString(dir.resolve("problems.jsonl"), lines);
        datasets = DatasetResolver.of(dir, true, EventListener.NONE).withBaseDir(dir);
    }

    private GenerateTeacherStageConfig config(String stage, int limit) {
        return new GenerateTeacherStageConfig(
                "jsonl:problems.jsonl",
                limit,
                List.of(Strategy.COT, Strategy.L2M, Strategy.POT),
                7,
                new TeacherAsking("counting-model", Sampling.siked(), 4, 1, 3, dir.resolve("cache")),
                dir.resolve(stage),
                SandboxConfig.defaults().withCpuSeconds(2));
    }

    private Outcome<TeacherSummary> run(
            EventListener listener, GenerateTeacherStageConfig config, TeacherBackend teacher) throws IOException {
        return new StageRunner(listener).run(new GenerateTeacherStage(config, datasets, teacher, PROMPTS, listener));
    }

    @Test
    void keepsOneCorrectWellFormedSamplePerProblemAndStrategy() throws IOException {
        CountingTeacher teacher = new CountingTeacher();
        Outcome<TeacherSummary> result = run(EventListener.NONE, config("a", 10), teacher);

        assertEquals(new RequestCounts(30, 0, 0, 30), result.result().requests());
        assertEquals(new TeacherYield(10, 10, 10), result.result().yields().get(Strategy.COT));
        List<GradedSample> kept = read(dir.resolve("a/d_llm.jsonl"));
        assertEquals(30, kept.size());
        assertTrue(kept.stream().allMatch(GradedSample::correct));
        assertTrue(kept.stream().allMatch(s -> s.index() == 0), "the first correct sample is kept");
        assertEquals(120, read(dir.resolve("a/teacher-graded.jsonl")).size());
        assertEquals(
                30,
                Jsonl.MAPPER
                        .readTree(dir.resolve("a/manifest.json").toFile())
                        .at("/results/requests/asked")
                        .asInt());
    }

    @Test
    void aKilledRunResumesWithoutAskingAgainAndTheCacheServesAnotherExperiment() throws IOException {
        CountingTeacher teacher = new CountingTeacher();
        teacher.failAfter = 17;
        assertThrows(TeacherException.class, () -> run(EventListener.NONE, config("a", 0), teacher));
        int answered = teacher.asked.size();
        assertTrue(answered >= 15 && answered <= 17, "answered before the failure: " + answered);

        teacher.failAfter = Integer.MAX_VALUE;
        Outcome<TeacherSummary> resumed = run(EventListener.NONE, config("a", 0), teacher);
        assertEquals(36, resumed.result().requests().planned());
        assertEquals(
                answered,
                resumed.result().requests().fromJournal()
                        + resumed.result().requests().fromCache());
        assertTrue(
                teacher.asked.values().stream().allMatch(n -> n.get() == 1),
                "a request was asked twice: " + teacher.asked);

        // Another experiment, same teacher settings: everything comes from the shared cache.
        Outcome<TeacherSummary> other = run(EventListener.NONE, config("b", 0), teacher);
        assertEquals(new RequestCounts(36, 0, 36, 0), other.result().requests());
        assertEquals(read(dir.resolve("a/d_llm.jsonl")), read(dir.resolve("b/d_llm.jsonl")));
    }

    @Test
    void anUnchangedRerunIsSkippedAndAChangedSettingIsNot() throws IOException {
        CountingTeacher teacher = new CountingTeacher();
        run(EventListener.NONE, config("a", 5), teacher);
        List<Event> events = new CopyOnWriteArrayList<>();
        assertTrue(run(events::add, config("a", 5), teacher).skipped());
        assertTrue(events.stream()
                .anyMatch(e ->
                        e instanceof Event.Info i && i.message().startsWith("generate-teacher: up to date, skipped")));
        assertFalse(run(EventListener.NONE, config("a", 6), teacher).skipped());
    }

    @Test
    void aJournalCutShortByAKillIsRepaired() throws IOException {
        CountingTeacher teacher = new CountingTeacher();
        run(EventListener.NONE, config("a", 2), teacher);
        Path journal = dir.resolve("a/journal.jsonl");
        String text = Files.readString(journal);
        Files.writeString(journal, text.substring(0, text.length() - 25));
        Files.delete(dir.resolve("a/manifest.json"));

        List<Event> events = new CopyOnWriteArrayList<>();
        Outcome<TeacherSummary> result = run(
                events::add,
                new GenerateTeacherStageConfig(
                        "jsonl:problems.jsonl",
                        2,
                        List.of(Strategy.COT, Strategy.L2M, Strategy.POT),
                        7,
                        new TeacherAsking("counting-model", Sampling.siked(), 4, 1, 3, null),
                        dir.resolve("a"),
                        SandboxConfig.defaults()),
                teacher);
        assertEquals(new RequestCounts(6, 5, 0, 1), result.result().requests());
        assertTrue(events.stream()
                .anyMatch(
                        e -> e instanceof Event.Warning w && w.message().contains("dropped an unfinished last line")));
        assertEquals(6, Files.readAllLines(journal).size());
    }

    private static List<GradedSample> read(Path file) {
        List<GradedSample> rows = new ArrayList<>();
        try (JsonlReader<GradedSample> reader = JsonlReader.open(file, GradedSample.class)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }
}
