package io.github.siked.mix;

import static io.github.siked.mix.MixFixtures.keys;
import static io.github.siked.mix.MixFixtures.teacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each teacher selection, and the control's draw. */
class SelectionsTest {

    /** q1: cot l2m pot; q2: cot l2m; q3: l2m; q4: pot #3 and pot #1. */
    private static final List<MixedRow> D_LLM = List.of(
            teacher("q1", Strategy.COT, 0),
            teacher("q1", Strategy.L2M, 0),
            teacher("q1", Strategy.POT, 0),
            teacher("q2", Strategy.COT, 0),
            teacher("q2", Strategy.L2M, 0),
            teacher("q3", Strategy.L2M, 2),
            teacher("q4", Strategy.POT, 3),
            teacher("q4", Strategy.POT, 1));

    private static List<String> select(TeacherSelection selection, List<Strategy> priority) {
        return keys(Selections.select(D_LLM, selection, priority, 9));
    }

    @Test
    void combinedKeepsEverythingInOrder() {
        assertEquals(
                List.of(
                        "q1/cot/teacher/0",
                        "q2/cot/teacher/0",
                        "q1/l2m/teacher/0",
                        "q2/l2m/teacher/0",
                        "q3/l2m/teacher/2",
                        "q1/pot/teacher/0",
                        "q4/pot/teacher/1",
                        "q4/pot/teacher/3"),
                select(TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY));
    }

    @Test
    void singleStrategiesKeepTheirRows() {
        assertEquals(
                List.of("q1/cot/teacher/0", "q2/cot/teacher/0"),
                select(TeacherSelection.COT, Selections.DEFAULT_PRIORITY));
        assertEquals(
                3, select(TeacherSelection.L2M, Selections.DEFAULT_PRIORITY).size());
        assertEquals(
                List.of("q1/pot/teacher/0", "q4/pot/teacher/1", "q4/pot/teacher/3"),
                select(TeacherSelection.POT, Selections.DEFAULT_PRIORITY));
    }

    @Test
    void biasedKeepsOneRowPerQuestionByPriority() {
        assertEquals(
                List.of("q2/cot/teacher/0", "q3/l2m/teacher/2", "q1/pot/teacher/0", "q4/pot/teacher/1"),
                select(TeacherSelection.BIASED, Selections.DEFAULT_PRIORITY));
        // A strategy left out of the priority is never picked: q4 has pot rows only.
        assertEquals(
                List.of("q1/l2m/teacher/0", "q2/l2m/teacher/0", "q3/l2m/teacher/2"),
                select(TeacherSelection.BIASED, List.of(Strategy.L2M, Strategy.COT)));
    }

    @Test
    void mixedThoughtBalancesCotAndPotPreferringSharedQuestions() {
        List<MixedRow> rows = Selections.select(D_LLM, TeacherSelection.MIXED_THOUGHT, Selections.DEFAULT_PRIORITY, 9);
        assertEquals(2, rows.stream().filter(r -> r.strategy() == Strategy.COT).count());
        assertEquals(2, rows.stream().filter(r -> r.strategy() == Strategy.POT).count());
        assertTrue(keys(rows).contains("q1/pot/teacher/0"), "q1, which has both, is kept: " + keys(rows));
        // 30 questions with cot, 10 of them with pot too, and 5 pot-only: 15 pot rows, so 15 cot rows,
        // the 10 shared first.
        List<MixedRow> many = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> many.add(teacher("c" + i, Strategy.COT, 0)));
        IntStream.range(0, 10).forEach(i -> many.add(teacher("c" + i, Strategy.POT, 0)));
        IntStream.range(0, 5).forEach(i -> many.add(teacher("p" + i, Strategy.POT, 0)));
        for (long seed = 0; seed < 4; seed++) {
            List<MixedRow> kept =
                    Selections.select(many, TeacherSelection.MIXED_THOUGHT, Selections.DEFAULT_PRIORITY, seed);
            List<String> cot = kept.stream()
                    .filter(r -> r.strategy() == Strategy.COT)
                    .map(MixedRow::id)
                    .toList();
            assertEquals(15, cot.size());
            assertEquals(15, kept.size() - cot.size());
            assertTrue(
                    cot.containsAll(
                            IntStream.range(0, 10).mapToObj(i -> "c" + i).toList()),
                    cot.toString());
        }
        assertEquals(
                Selections.select(many, TeacherSelection.MIXED_THOUGHT, Selections.DEFAULT_PRIORITY, 3),
                Selections.select(many, TeacherSelection.MIXED_THOUGHT, Selections.DEFAULT_PRIORITY, 3));
    }

    @Test
    void aBadPriorityIsNamed() {
        assertEquals(
                "<priority> must list strategies in the order the biased baseline picks them, each at most once,"
                        + " for example pot,cot,l2m; was pot,pot",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Selections.select(
                                        D_LLM, TeacherSelection.BIASED, List.of(Strategy.POT, Strategy.POT), 0))
                        .getMessage());
    }

    @Test
    void theControlDrawsEveryRowOnceBeforeAnyRepeats() {
        List<MixedRow> selected = Selections.select(D_LLM, TeacherSelection.COMBINED, Selections.DEFAULT_PRIORITY, 0);
        List<MixedRow> drawn = Selections.control(selected, 19, 4);
        assertEquals(19, drawn.size());
        // Epochs of 8: the first two are each a permutation of all rows; the last 3 rows are distinct.
        assertEquals(new HashSet<>(selected), new HashSet<>(drawn.subList(0, 8)));
        assertEquals(new HashSet<>(selected), new HashSet<>(drawn.subList(8, 16)));
        assertEquals(3, new HashSet<>(drawn.subList(16, 19)).size());
        Map<MixedRow, Integer> counts = new HashMap<>();
        drawn.forEach(r -> counts.merge(r, 1, Integer::sum));
        assertTrue(counts.values().stream().allMatch(c -> c == 2 || c == 3), counts.toString());
        assertTrue(!drawn.subList(0, 8).equals(drawn.subList(8, 16)), "each epoch is shuffled afresh");
        assertEquals(drawn, Selections.control(selected, 19, 4));
        assertEquals(List.of(), Selections.control(selected, 0, 4));
    }

    @Test
    void theControlNeedsRowsToDraw() {
        assertEquals(
                "<controlRows> is 5 but the selected teacher data is empty: check <teacher> and <selection>",
                assertThrows(IllegalArgumentException.class, () -> Selections.control(List.of(), 5, 0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Selections.control(D_LLM, -1, 0));
    }
}
