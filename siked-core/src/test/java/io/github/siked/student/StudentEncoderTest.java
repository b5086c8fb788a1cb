package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.strategy.Strategy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudentEncoderTest {

    private static final String QUESTION = "Ann has 20 cards. Ann buys 4 cards. How many cards does Ann have now?";
    private static final String PROGRAM = "start = 20\nbought = 4\nanswer = start + bought";

    private final WordTokenizer tokenizer = WordTokenizerTest.quickstart(true);
    private final StudentEncoder encoder = new StudentEncoder(StudentFormat.tagged(), tokenizer);

    @Test
    void trainingPromptAndTagAreExactlyWhatForcedSamplingFeeds() {
        TokenizedExample example = encoder.encode(new TrainingExample("a", QUESTION, Strategy.POT, PROGRAM), 1f);
        int tagLength = encoder.prefill(Strategy.POT).length;
        int[] trainedPrefix =
                StudentEncoder.concat(example.promptIds(), Arrays.copyOf(example.responseIds(), tagLength));
        assertArrayEquals(trainedPrefix, encoder.samplingInput(QUESTION, Optional.of(Strategy.POT)));
    }

    @Test
    void concatenatedIdsDecodeToTheTrainingTextOnEverySyntheticExample() {
        for (SyntheticProblem p : SyntheticRationales.splits().get("train")) {
            for (Strategy s : Strategy.values()) {
                String rationale = SyntheticRationales.write(s, p.computation());
                TokenizedExample example = encoder.encode(new TrainingExample(p.id(), p.question(), s, rationale), 1f);
                assertEquals(
                        StudentFormat.tagged().trainingText(p.question(), s, rationale),
                        tokenizer.decode(StudentEncoder.concat(example.promptIds(), example.responseIds())),
                        p.id() + " " + s);
            }
        }
    }

    @Test
    void freeSamplingFeedsThePromptAlone() {
        TokenizedExample example =
                encoder.encode(new TrainingExample("a", QUESTION, Strategy.COT, "1. Cards: 24."), 1f);
        assertArrayEquals(example.promptIds(), encoder.samplingInput(QUESTION, Optional.empty()));
    }

    @Test
    void promptStartsWithBosAndResponseEndsWithEos() {
        TokenizedExample example = encoder.encode(new TrainingExample("a", QUESTION, Strategy.POT, PROGRAM), 0.5f);
        assertEquals(tokenizer.bosId().getAsInt(), example.promptIds()[0]);
        assertEquals(tokenizer.eosId(), example.responseIds()[example.responseIds().length - 1]);
        assertEquals(0.5f, example.weight());
        assertEquals("[pot]: " + PROGRAM, tokenizer.decode(example.responseIds()));
    }

    @Test
    void anExistingTagIsNotEncodedTwice() {
        TokenizedExample plain = encoder.encode(new TrainingExample("a", QUESTION, Strategy.POT, PROGRAM), 1f);
        TokenizedExample tagged =
                encoder.encode(new TrainingExample("a", QUESTION, Strategy.POT, "[pot]: " + PROGRAM), 1f);
        assertArrayEquals(plain.responseIds(), tagged.responseIds());
    }

    @Test
    void generatedIdsAfterThePrefillParseToTheForcedStrategy() {
        // What a student trained on this example would generate after the pre-filled tag.
        TokenizedExample example = encoder.encode(new TrainingExample("a", QUESTION, Strategy.POT, PROGRAM), 1f);
        int tagLength = encoder.prefill(Strategy.POT).length;
        int[] generated = Arrays.copyOfRange(example.responseIds(), tagLength, example.responseIds().length);
        String text = encoder.responseText(Optional.of(Strategy.POT), generated);
        assertEquals("[pot]: " + PROGRAM, text);
        StudentResponse parsed = StudentFormat.tagged().parse(text);
        assertEquals(Optional.of(Strategy.POT), parsed.strategy());
        assertEquals(PROGRAM, parsed.body());
    }

    @Test
    void freeChoiceGenerationKeepsTheTagTheStudentWrote() {
        TokenizedExample example = encoder.encode(
                new TrainingExample(
                        "a",
                        QUESTION,
                        Strategy.L2M,
                        "Sub-question 1: How many cards does Ann have now?\nAnswer to Sub-question 1: 20 + 4 = 24.\nFinal Answer: 24"),
                1f);
        String text = encoder.responseText(Optional.empty(), example.responseIds());
        assertEquals(
                Optional.of(Strategy.L2M), StudentFormat.tagged().parse(text).strategy());
    }

    @Test
    void taskPrefixModeHasNoTagTokens() {
        StudentEncoder task = new StudentEncoder(
                StudentFormat.taskPrefix(),
                WordTokenizer.forExamples(
                        StudentFormat.taskPrefix(),
                        List.of(new TrainingExample("a", QUESTION, Strategy.POT, PROGRAM)),
                        true));
        TokenizedExample example =
                task.encode(new TrainingExample("a", QUESTION, Strategy.POT, "[pot]: " + PROGRAM), 1f);
        assertEquals(0, task.prefill(Strategy.POT).length);
        assertEquals(PROGRAM, task.tokenizer().decode(example.responseIds()));
        assertArrayEquals(example.promptIds(), task.samplingInput(QUESTION, Optional.of(Strategy.POT)));
        assertThrows(IllegalArgumentException.class, () -> task.samplingInput(QUESTION, Optional.empty()));
    }
}
