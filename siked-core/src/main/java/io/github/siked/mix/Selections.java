package io.github.siked.mix;

import io.github.siked.strategy.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The teacher data each run trains on: the part of D_LLM a {@link TeacherSelection} keeps, and the
 * teacher-only control's draw, which trains for as many steps as a matched SIKeD iteration so that
 * a gain from mixing is not a gain from training longer (docs/method.md, "Baselines" and "Quickstart").
 */
public final class Selections {

    /** Default priority of the biased-strategy baseline: SIKeD's example, pot before cot before l2m. */
    public static final List<Strategy> DEFAULT_PRIORITY = List.of(Strategy.POT, Strategy.COT, Strategy.L2M);

    private static final Comparator<MixedRow> LOWEST_INDEX =
            Comparator.comparingInt(MixedRow::index).thenComparing(MixedRow.ORDER);

    private Selections() {}

    /**
     * @param dLlm the teacher's kept rows
     * @param priority the biased baseline's order, each strategy at most once; strategies left out are never picked
     * @param seed the seed of mixed-thought's subsample
     * @return the kept rows in {@link MixedRow#ORDER}
     * @throws IllegalArgumentException naming {@code <priority>} when it is empty or repeats a strategy
     */
    public static List<MixedRow> select(
            List<MixedRow> dLlm, TeacherSelection selection, List<Strategy> priority, long seed) {
        Objects.requireNonNull(selection, "<selection>");
        checkPriority(priority);
        List<MixedRow> kept = switch (selection) {
            case COMBINED -> new ArrayList<>(dLlm);
            case COT -> only(dLlm, Strategy.COT);
            case L2M -> only(dLlm, Strategy.L2M);
            case POT -> only(dLlm, Strategy.POT);
            case BIASED -> biased(dLlm, priority);
            case MIXED_THOUGHT -> mixedThought(dLlm, seed);
        };
        kept.sort(MixedRow.ORDER);
        return List.copyOf(kept);
    }

    /**
     * The teacher-only control's data: {@code rows} rows drawn from the selected teacher data in
     * epochs, each a fresh seeded shuffle of all of it, so every row appears once before any repeats
     * and the counts of any two rows differ by at most one. The rows keep the draw order.
     *
     * @throws IllegalArgumentException when {@code rows} is negative, or positive with nothing to draw from
     */
    public static List<MixedRow> control(List<MixedRow> selected, long rows, long seed) {
        if (rows < 0) {
            throw new IllegalArgumentException("<controlRows> is " + rows
                    + ": give the matched SIKeD iteration's row count," + " or 0 for no control");
        }
        if (rows > 0 && selected.isEmpty()) {
            throw new IllegalArgumentException("<controlRows> is " + rows + " but the selected teacher data is empty:"
                    + " check <teacher> and <selection>");
        }
        List<MixedRow> epoch = new ArrayList<>(selected);
        epoch.sort(MixedRow.ORDER);
        SplittableRandom random = new SplittableRandom(seed);
        List<MixedRow> drawn = new ArrayList<>();
        while (drawn.size() < rows) {
            SeededShuffle.shuffle(epoch, random);
            drawn.addAll(epoch.subList(0, (int) Math.min(epoch.size(), rows - drawn.size())));
        }
        return drawn;
    }

    private static void checkPriority(List<Strategy> priority) {
        Objects.requireNonNull(priority, "<priority>");
        if (priority.isEmpty() || new HashSet<>(priority).size() != priority.size()) {
            throw new IllegalArgumentException("<priority> must list strategies in the order the biased baseline picks"
                    + " them, each at most once, for example pot,cot,l2m; was "
                    + priority.stream().map(Strategy::id).collect(Collectors.joining(",")));
        }
    }

    private static List<MixedRow> only(List<MixedRow> rows, Strategy strategy) {
        return rows.stream().filter(r -> r.strategy() == strategy).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Per question, the lowest-index row of the first strategy in the priority that has one. */
    private static List<MixedRow> biased(List<MixedRow> rows, List<Strategy> priority) {
        Map<String, List<MixedRow>> byQuestion =
                rows.stream().collect(Collectors.groupingBy(MixedRow::id, TreeMap::new, Collectors.toList()));
        List<MixedRow> kept = new ArrayList<>();
        byQuestion.forEach((id, candidates) -> {
            for (Strategy s : priority) {
                var first = candidates.stream().filter(r -> r.strategy() == s).min(LOWEST_INDEX);
                if (first.isPresent()) {
                    kept.add(first.get());
                    return;
                }
            }
        });
        return kept;
    }

    /**
     * Mixed Distillation's mixed thought: the cot and pot rows, the larger side cut to the smaller
     * one's size by a seeded draw that takes rows of questions with both kinds first, so the two
     * tasks see as many shared questions as possible.
     */
    private static List<MixedRow> mixedThought(List<MixedRow> rows, long seed) {
        List<MixedRow> cot = only(rows, Strategy.COT);
        List<MixedRow> pot = only(rows, Strategy.POT);
        List<MixedRow> larger = cot.size() >= pot.size() ? cot : pot;
        List<MixedRow> smaller = larger == cot ? pot : cot;
        Set<String> both = smaller.stream().map(MixedRow::id).collect(Collectors.toSet());
        List<MixedRow> shared = new ArrayList<>();
        List<MixedRow> alone = new ArrayList<>();
        for (MixedRow row : larger) {
            (both.contains(row.id()) ? shared : alone).add(row);
        }
        List<MixedRow> ranked = new ArrayList<>(SeededShuffle.shuffled(shared, seed));
        ranked.addAll(SeededShuffle.shuffled(alone, seed + 1));
        List<MixedRow> kept = new ArrayList<>(smaller);
        kept.addAll(ranked.subList(0, smaller.size()));
        return kept;
    }
}
