package io.github.siked.teacher.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.record.GradedSample;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.record.Verdict;
import io.github.siked.sandbox.PotSandbox;
import io.github.siked.strategy.AnswerExtractor;
import io.github.siked.strategy.Extraction;
import io.github.siked.strategy.LeastToMostCheck;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.TeacherSandbox;
import io.github.siked.teacher.prompt.PromptExamples.Example;
import io.github.siked.teacher.prompt.PromptExamples.Parsed;
import io.github.siked.verify.AnswerGrader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The project's prompt files: 8 worked examples each, in the strategy's format, every one graded
 * correct by the project's own graders against the gold answer in {@code answers.json}.
 */
class PromptFilesTest {

    private static final PromptLibrary LIBRARY = PromptLibrary.load(PromptSource.directory(PromptExamples.folder()));
    private static final Map<String, List<String>> GOLD = PromptExamples.goldAnswers();

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void eachFileHoldsEightExamplesInItsStrategysFormat(Strategy strategy) {
        Parsed parsed = parse(strategy);
        assertEquals(8, parsed.examples().size());
        assertEquals(8, gold(strategy).size(), "answers.json entries for " + strategy);
        assertFalse(parsed.instruction().contains("\n"), "a one-line instruction: " + parsed.instruction());
        assertEquals("Question: {question}\nAnswer:\n", parsed.tail());
        Set<String> questions = new HashSet<>();
        for (Example example : parsed.examples()) {
            RationaleFormat.check(strategy, example.answer());
            assertTrue(questions.add(example.question()), "repeated question " + example.question());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Strategy.class,
            names = {"COT", "L2M"})
    void proseExamplesStateTheirGoldAnswer(Strategy strategy) {
        List<Example> examples = parse(strategy).examples();
        AnswerGrader grader = new AnswerGrader(() -> {
            throw new AssertionError("prose needs no sandbox");
        });
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            Extraction extraction = AnswerExtractor.extract(example.answer());
            assertEquals(Extraction.Rule.FINAL_ANSWER, extraction.rule(), example.question());
            assertEquals(Verdict.CORRECT, grade(grader, strategy, i, example).verdict(), example.answer());
        }
    }

    @Test
    void leastToMostExamplesAnswerEverySubQuestion() {
        for (Example example : parse(Strategy.L2M).examples()) {
            long asked = example.answer()
                    .lines()
                    .filter(l -> l.startsWith("Sub-question "))
                    .count();
            assertTrue(asked >= 2, example.question());
            assertEquals(asked, LeastToMostCheck.answeredSubQuestions(example.answer()), example.answer());
        }
    }

    @Test
    void programExamplesComputeTheirGoldAnswerInTheSandbox() {
        List<Example> examples = parse(Strategy.POT).examples();
        try (PotSandbox sandbox = TeacherSandbox.start()) {
            AnswerGrader grader = new AnswerGrader(() -> sandbox);
            for (int i = 0; i < examples.size(); i++) {
                GradedSample graded = grade(grader, Strategy.POT, i, examples.get(i));
                assertEquals(
                        Verdict.CORRECT, graded.verdict(), examples.get(i).answer() + "\ngave " + graded.prediction());
            }
        }
    }

    @Test
    void programExamplesUseThePreludeHelpers() {
        String programs = String.join(
                "\n",
                parse(Strategy.POT).examples().stream().map(Example::answer).toList());
        for (String helper : List.of("solve_it(", "Symbol(", "Eq(", "lcm(")) {
            assertTrue(programs.contains(helper), helper);
        }
        assertFalse(programs.contains("import"), "the prelude needs no imports");
    }

    @Test
    void taskPrefixesNameEachStrategy() {
        TaskPrefixes prefixes = TaskPrefixes.load(PromptSource.directory(PromptExamples.folder()));
        assertTrue(prefixes.prefix(Strategy.COT).startsWith("[CoT task] "));
        assertTrue(prefixes.prefix(Strategy.L2M).startsWith("[L2M task] "));
        assertTrue(prefixes.prefix(Strategy.POT).startsWith("[PoT task] "));
    }

    private static Parsed parse(Strategy strategy) {
        return PromptExamples.parse(LIBRARY.template(strategy).file().text());
    }

    private static List<String> gold(Strategy strategy) {
        return GOLD.get(PromptLibrary.fileName(strategy));
    }

    private static GradedSample grade(AnswerGrader grader, Strategy strategy, int i, Example example) {
        String id = "prompt-" + strategy + "-" + i;
        return grader.grade(
                new Sample(id, strategy, Origin.TEACHER, 0, i, example.answer()),
                new Problem(id, example.question(), gold(strategy).get(i)));
    }
}
