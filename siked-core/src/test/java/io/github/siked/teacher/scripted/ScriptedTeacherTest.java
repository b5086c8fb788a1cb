package io.github.siked.teacher.scripted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.data.synthetic.Operation;
import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.record.Problem;
import io.github.siked.strategy.AnswerExtractor;
import io.github.siked.strategy.LeastToMostCheck;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.prompt.RationaleFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptedTeacherTest {

    private static final List<SyntheticProblem> TRAIN = QuickstartProblems.split("train");
    private static final SyntheticProblem BULK = TRAIN.get(0);

    @Test
    void writesEachStrategyFromTheComputation() {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.none());
        // "Eva fills 44 crates with 25 cards each and then sells 76 cards. How many cards does Eva
        // have now?" The phrasings are drawn; the arithmetic and the format are not.
        String cot = teacher.write(BULK, Strategy.COT, 0);
        assertTrue(cot.matches("(?s)1\\. .*44 \\* 25 = 1100.*\n2\\. .*1100 - 76 = 1024.*\nFinal Answer: 1024"), cot);
        String l2m = teacher.write(BULK, Strategy.L2M, 0);
        assertTrue(
                l2m.startsWith("Sub-question 1: How many cards are in the crates?\n" + "Answer to Sub-question 1: "),
                l2m);
        assertTrue(l2m.contains("\nSub-question 2: How many cards does Eva have now?\n"), l2m);
        assertTrue(
                l2m.endsWith("1100 - 76 = 1024.\nFinal Answer: 1024")
                        || l2m.endsWith("1100 - 76 = 1024 cards Eva has after selling.\nFinal Answer: 1024"),
                l2m);
        String pot = teacher.write(BULK, Strategy.POT, 0);
        Set<String> lines = new HashSet<>(pot.lines().toList());
        assertTrue(
                lines.containsAll(List.of(
                        "crates = 44", "cards_per_crate = 25", "sold = 76", "cards = crates * cards_per_crate")),
                pot);
        assertTrue(
                lines.contains("answer = cards - sold")
                        || lines.containsAll(List.of("after_selling = cards - sold", "answer = after_selling")),
                pot);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void correctSamplesFollowTheFormatWithOneStepPerOperation(Strategy strategy) {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.none());
        for (SyntheticProblem problem : TRAIN.subList(0, 200)) {
            String text = teacher.write(problem, strategy, problem.id().length());
            RationaleFormat.check(strategy, text);
            int operations = problem.computation().operations().size();
            int givens = problem.computation().givens().size();
            long lines = text.lines().count();
            switch (strategy) {
                case COT -> assertEquals(operations + 1, lines, text);
                case L2M -> {
                    assertEquals(2 * operations + 1, lines, text);
                    for (Operation operation : problem.computation().operations()) {
                        assertTrue(text.contains(": " + operation.subQuestion() + "\n"), text);
                    }
                    assertEquals(operations, LeastToMostCheck.answeredSubQuestions(text), text);
                }
                case POT -> assertTrue(lines == givens + operations || lines == givens + operations + 1, text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void wrongSamplesKeepTheFormat(Strategy strategy) {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.of(1, 1, 1));
        for (SyntheticProblem problem : TRAIN.subList(0, 200)) {
            String text = teacher.write(problem, strategy, 3);
            RationaleFormat.check(strategy, text);
            if (strategy == Strategy.L2M) {
                assertTrue(LeastToMostCheck.isValid(text), text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Strategy.class,
            names = {"COT", "L2M"})
    void everyWrongProseSampleStatesAWrongAnswer(Strategy strategy) {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.of(1, 1, 1));
        int skipped = 0;
        for (SyntheticProblem problem : TRAIN) {
            String text = teacher.write(problem, strategy, 11);
            assertNotEquals(problem.answer(), AnswerExtractor.extract(text).answer(), text);
            if (text.lines().count()
                    < new ScriptedTeacher(TRAIN, ErrorRates.none())
                            .write(problem, strategy, 11)
                            .lines()
                            .count()) {
                skipped++;
            }
        }
        // About a third of the mistakes leave a step out; the rest slip in the arithmetic.
        assertTrue(skipped > TRAIN.size() / 5 && skipped < TRAIN.size() / 2, "skipped " + skipped);
    }

    @Test
    void everyWrongProgramRaisesOrComputesSomethingElse() {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.of(1, 1, 1));
        ScriptedTeacher correct = new ScriptedTeacher(TRAIN, ErrorRates.none());
        for (SyntheticProblem problem : TRAIN) {
            assertNotEquals(correct.write(problem, Strategy.POT, 5), teacher.write(problem, Strategy.POT, 5));
            ProgramPlan plan = ProgramPlan.of(problem.computation());
            for (boolean givensFirst : new boolean[] {true, false}) {
                for (boolean direct : new boolean[] {true, false}) {
                    assertEquals(
                            problem.computation().answer(),
                            ProgramPlan.run(plan.layout(givensFirst, direct)).orElseThrow(),
                            problem.id());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void theSameSeedWritesTheSameTextAndOtherSeedsVaryTheWording(Strategy strategy) {
        ScriptedTeacher one = new ScriptedTeacher(TRAIN, ErrorRates.defaults());
        ScriptedTeacher two = new ScriptedTeacher(List.copyOf(TRAIN), ErrorRates.defaults());
        ScriptedTeacher exact = new ScriptedTeacher(TRAIN, ErrorRates.none());
        int varied = 0;
        List<SyntheticProblem> problems = TRAIN.subList(0, 100);
        for (SyntheticProblem problem : problems) {
            Set<String> texts = new HashSet<>();
            for (long seed = 0; seed < 8; seed++) {
                assertEquals(one.write(problem, strategy, seed), two.write(problem, strategy, seed));
                texts.add(exact.write(problem, strategy, seed));
            }
            varied += texts.size() > 1 ? 1 : 0;
        }
        // Correct samples differ only in wording (a program: in its layout), and 8 samples of one
        // problem all drawing the same wording is too unlikely to happen once in 100 problems.
        assertEquals(problems.size(), varied, strategy + " samples varied for so many problems");
    }

    @Test
    void samplesAskedTogetherEqualSamplesAskedOneByOne() {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN, ErrorRates.defaults());
        for (Strategy strategy : Strategy.values()) {
            TeacherReply together = teacher.complete(request(BULK.problem(), strategy, 4, 100));
            List<String> oneByOne = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                oneByOne.addAll(teacher.complete(request(BULK.problem(), strategy, 1, 100 + i))
                        .texts());
            }
            assertEquals(oneByOne, together.texts());
            assertEquals("scripted", together.model());
            assertEquals("scripted-1 cot=0.3,l2m=0.25,pot=0.15", together.fingerprint());
        }
    }

    @Test
    void aProblemItWasNotGivenIsAnError() {
        ScriptedTeacher teacher = new ScriptedTeacher(TRAIN.subList(0, 10), ErrorRates.defaults());
        Problem gsm8k = new Problem("gsm8k-train-3", "What is 2 + 2?", "4");
        assertEquals(
                "the scripted teacher has no synthetic problem 'gsm8k-train-3': it writes"
                        + " rationales only for the synthetic splits it was given"
                        + " (siked.train.dataset=synthetic:train); use the openai or file backend for other data",
                assertThrows(TeacherException.class, () -> teacher.complete(request(gsm8k, Strategy.COT, 1, 0)))
                        .getMessage());

        Problem otherSeed = new Problem(BULK.id(), "Ann has 3 pears. How many pears does Ann have?", "3");
        assertEquals(
                "problem 'synthetic-train-0' asks \"Ann has 3 pears. How many pears does Ann have?\""
                        + " but the scripted teacher's problem of that id asks \"" + BULK.question() + "\": the"
                        + " problems were drawn with another seed than the teacher's",
                assertThrows(TeacherException.class, () -> teacher.complete(request(otherSeed, Strategy.COT, 1, 0)))
                        .getMessage());

        assertThrows(
                IllegalArgumentException.class, () -> new ScriptedTeacher(List.of(BULK, BULK), ErrorRates.defaults()));
    }

    @Test
    void errorRatesAreCheckedAndParsed() {
        assertEquals(ErrorRates.of(0.3, 0.1, 0.15), ErrorRates.parse("l2m=0.1"));
        assertEquals(ErrorRates.of(0.5, 0, 1), ErrorRates.parse(" cot=0.5, l2m = 0 ,POT=1"));
        assertEquals(
                ErrorRates.defaults(), ErrorRates.parse(ErrorRates.defaults().toString()));
        assertEquals(
                "the scripted teacher's error rate for pot must be from 0 to 1; was 1.5",
                assertThrows(IllegalArgumentException.class, () -> ErrorRates.parse("pot=1.5"))
                        .getMessage());
        assertEquals(
                "error rate 'cot 0.3' is not strategy=rate: write for instance" + " cot=0.3,l2m=0.25,pot=0.15",
                assertThrows(IllegalArgumentException.class, () -> ErrorRates.parse("cot 0.3"))
                        .getMessage());
        assertEquals(
                "error rate 'cot=high' has no number after '=': write for instance pot=0.15",
                assertThrows(IllegalArgumentException.class, () -> ErrorRates.parse("cot=high"))
                        .getMessage());
        assertEquals(
                "unknown strategy 'tot': use one of cot, l2m, pot",
                assertThrows(IllegalArgumentException.class, () -> ErrorRates.parse("tot=0.1"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ErrorRates.of(Double.NaN, 0, 0));
        assertEquals(
                "the scripted teacher's error rate for l2m is missing: give one for each of" + " cot, l2m, pot",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new ErrorRates(java.util.Map.of(Strategy.COT, 0.1, Strategy.POT, 0.1)))
                        .getMessage());
    }

    private static TeacherRequest request(Problem problem, Strategy strategy, int n, long seed) {
        return new TeacherRequest(problem, strategy, "unused", n, seed, Sampling.siked());
    }
}
