package io.github.siked.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that each out-of-distribution split shifts what it says it shifts, and nothing else. */
class SyntheticShiftTest {

    /**
     * Numbers, then every person, thing and container word, which the shape of a question ignores.
     */
    private static final Pattern BLANKS = Pattern.compile("(\\d+)|\\b(?:"
            + Stream.of(
                            Lexicon.PEOPLE.stream(),
                            Lexicon.ITEMS.stream(),
                            Lexicon.CONTAINERS.stream().flatMap(c -> Stream.of(c.singular(), c.plural())))
                    .flatMap(s -> s)
                    .collect(Collectors.joining("|"))
            + ")\\b");

    @Test
    void oodStepsHasMoreOperationsThanAnyTrainingProblemOfItsFamily() {
        Map<String, Integer> trainMax = new TreeMap<>();
        for (SyntheticProblem p : DefaultSplits.split("train")) {
            trainMax.merge(p.family(), p.computation().operations().size(), Math::max);
        }
        for (SyntheticProblem p : DefaultSplits.split("ood-steps")) {
            int steps = p.computation().operations().size();
            assertEquals(trainMax.get(p.family()) + 1, steps, p.id() + ": " + p.question());
        }
        assertEquals(Map.of("bulk", 2, "chain", 5, "compare", 3, "groups", 3, "rate", 2), trainMax);
    }

    @Test
    void oodNumbersStatesANumberAboveEveryNumberItsFamilyStatesInTraining() {
        Map<String, Long> trainMax = new TreeMap<>();
        for (SyntheticProblem p : DefaultSplits.split("train")) {
            trainMax.merge(p.family(), Collections.max(WordTokens.numbers(p.question())), Math::max);
        }
        assertEquals(
                Map.of(
                        "bulk",
                        (long) BulkFamily.TRAIN_MAX,
                        "chain",
                        (long) ChainFamily.TRAIN_MAX,
                        "compare",
                        (long) CompareFamily.TRAIN_MAX,
                        "groups",
                        (long) GroupsFamily.TRAIN_MAX,
                        "rate",
                        (long) RateFamily.TRAIN_MAX),
                trainMax);
        for (SyntheticProblem p : DefaultSplits.split("ood-numbers")) {
            long largest = Collections.max(WordTokens.numbers(p.question()));
            assertTrue(largest > trainMax.get(p.family()), p.id() + ": " + p.question());
        }
    }

    @Test
    void oodPhrasingUsesSentenceShapesNeverSeenInTraining() {
        Set<String> trainShapes = new HashSet<>();
        DefaultSplits.split("train").forEach(p -> trainShapes.add(p.family() + ": " + shape(p.question())));
        Set<String> inDistribution = new HashSet<>();
        DefaultSplits.split("test").forEach(p -> inDistribution.add(p.family() + ": " + shape(p.question())));
        for (SyntheticProblem p : DefaultSplits.split("ood-phrasing")) {
            assertFalse(trainShapes.contains(p.family() + ": " + shape(p.question())), p.id() + ": " + p.question());
        }
        // The shapes are fine-grained enough to recur in distribution, so the check above has teeth.
        inDistribution.retainAll(trainShapes);
        assertTrue(inDistribution.size() > 20, "test shapes seen in train: " + inDistribution.size());
    }

    @Test
    void everySplitUsesOnlyWordsTheTrainingSplitUses() {
        Set<String> trainQuestions = new HashSet<>();
        Set<String> trainEverything = new HashSet<>();
        for (SyntheticProblem p : DefaultSplits.split("train")) {
            trainQuestions.addAll(WordTokens.of(p.question()));
            trainEverything.addAll(WordTokens.of(allText(p)));
        }
        DefaultSplits.all().forEach((split, problems) -> {
            Set<String> unseen = new TreeSet<>();
            for (SyntheticProblem p : problems) {
                WordTokens.of(p.question()).stream()
                        .filter(t -> !trainQuestions.contains(t))
                        .forEach(unseen::add);
                WordTokens.of(allText(p)).stream()
                        .filter(t -> !trainEverything.contains(t))
                        .forEach(unseen::add);
            }
            assertEquals(Set.of(), unseen, split + " uses words the training split never shows");
        });
        System.out.printf(
                "synthetic vocabulary: %d question tokens, %d with identifiers, descriptions and" + " sub-questions%n",
                trainQuestions.size(), trainEverything.size());
        assertTrue(trainEverything.size() < 150, "vocabulary of " + trainEverything.size());
    }

    @Test
    void questionsStayShortInWordTokensWithOneDigitPerToken() {
        DefaultSplits.all().forEach((split, problems) -> {
            List<Integer> question = lengths(problems, SyntheticProblem::question);
            System.out.printf(
                    "%-13s tokens (min/median/p95/max): question %s; pot with named givens %s; pot"
                            + " with inline numbers %s; cot %s%n",
                    split,
                    summary(question),
                    summary(lengths(problems, p -> program(p, false))),
                    summary(lengths(problems, p -> program(p, true))),
                    summary(lengths(problems, SyntheticShiftTest::chain)));
            assertTrue(
                    question.get(question.size() - 1) <= 60,
                    split + " has a question of " + question.get(question.size() - 1));
        });
    }

    /** The question with its numbers, people, things and containers blanked out. */
    private static String shape(String question) {
        return BLANKS.matcher(question).replaceAll(m -> m.group(1) != null ? "N" : "W");
    }

    private static String allText(SyntheticProblem p) {
        StringBuilder text = new StringBuilder(p.question());
        for (Quantity g : p.computation().givens()) {
            text.append(' ').append(g.name().replace('_', ' ')).append(' ').append(g.description());
        }
        for (Operation op : p.computation().operations()) {
            text.append(' ')
                    .append(op.target().replace('_', ' '))
                    .append(' ')
                    .append(op.description())
                    .append(' ')
                    .append(op.subQuestion());
        }
        return text.toString();
    }

    /**
     * A program of thought as a scripted teacher might write it: the givens assigned by name or
     * written inline, one line per step, then {@code answer}.
     */
    private static String program(SyntheticProblem p, boolean inline) {
        List<String> lines = new ArrayList<>();
        Map<String, String> spelled = new HashMap<>();
        for (Quantity g : p.computation().givens()) {
            if (inline) {
                spelled.put(g.name(), Long.toString(g.value()));
            } else {
                lines.add(g.name() + " = " + g.value());
            }
        }
        for (Operation op : p.computation().operations()) {
            String operands = op.operands().stream()
                    .map(o -> spelled.getOrDefault(o.text(), o.text()))
                    .collect(Collectors.joining(" " + op.operator().symbol() + " "));
            lines.add(op.target() + " = " + operands);
        }
        lines.add("answer = " + p.computation().result().target());
        return String.join("\n", lines);
    }

    /** A chain of thought as a scripted teacher might write it: one numbered line per step. */
    private static String chain(SyntheticProblem p) {
        Map<String, Long> values = p.computation().evaluate();
        StringBuilder text = new StringBuilder();
        int step = 1;
        for (Operation op : p.computation().operations()) {
            String operands = op.operands().stream()
                    .map(o -> o.isLiteral() ? o.text() : Long.toString(values.get(o.text())))
                    .collect(Collectors.joining(" " + op.operator().symbol() + " "));
            text.append(step++)
                    .append(". ")
                    .append(op.description())
                    .append(": ")
                    .append(operands)
                    .append(" = ")
                    .append(op.value())
                    .append(".\n");
        }
        return text.append("Final Answer: ").append(p.answer()).toString();
    }

    private static List<Integer> lengths(List<SyntheticProblem> problems, Function<SyntheticProblem, String> text) {
        return problems.stream()
                .map(p -> WordTokens.of(text.apply(p)).size())
                .sorted()
                .toList();
    }

    private static String summary(List<Integer> sorted) {
        return sorted.get(0)
                + "/"
                + percentile(sorted, 50)
                + "/"
                + percentile(sorted, 95)
                + "/"
                + sorted.get(sorted.size() - 1);
    }

    private static int percentile(List<Integer> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
