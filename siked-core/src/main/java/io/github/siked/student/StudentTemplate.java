package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words of the student's prompt, kept as data so that an experiment can version them in
 * {@code prompts/student.json} and Mixed Distillation's task prefixes in {@code prompts/md-tasks.json}.
 *
 * @param template the prompt, with {@code {instruction}} and {@code {question}} once each; it ends
 *     with a line break so the response (and a pre-filled tag) begins a line
 * @param instruction the instruction when the student chooses the strategy (SIKeD)
 * @param tasks the instruction naming each strategy's task (Mixed Distillation); every strategy has one
 */
public record StudentTemplate(String template, String instruction, Map<Strategy, String> tasks) {

    /** The template bundled with siked; {@code prompts/student.json} and {@code prompts/md-tasks.json} hold the same. */
    public static final StudentTemplate DEFAULT = new StudentTemplate(
            "Instruction: {instruction}\nInput: {question}\nResponse:\n",
            "Solve the math word problem.",
            Map.of(
                    Strategy.COT, "[CoT task] Explain the solution in numbered steps and finish with the final answer.",
                    Strategy.L2M,
                            "[L2M task] Split the problem into sub-questions, answer them in order and finish with the final answer.",
                    Strategy.POT,
                            "[PoT task] Write a Python program that computes the answer and stores it in answer."));

    public StudentTemplate {
        Objects.requireNonNull(template, "template");
        for (String slot : new String[] {"{instruction}", "{question}"}) {
            int first = template.indexOf(slot);
            if (first < 0 || template.indexOf(slot, first + 1) >= 0) {
                throw new IllegalArgumentException(
                        "the student template must contain " + slot + " exactly once; was \"" + template + "\"");
            }
        }
        if (!template.endsWith("\n")) {
            throw new IllegalArgumentException("the student template must end with a line break, so the response begins"
                    + " a line; was \"" + template + "\"");
        }
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException("the student instruction must not be blank");
        }
        Map<Strategy, String> copy = new EnumMap<>(Strategy.class);
        for (Strategy strategy : Strategy.values()) {
            String task = Objects.requireNonNull(tasks, "tasks").get(strategy);
            if (task == null || task.isBlank()) {
                throw new IllegalArgumentException("the student template has no task instruction for " + strategy);
            }
            copy.put(strategy, task);
        }
        // Strategy order, the same in every JVM: the template is part of configs that get hashed.
        tasks = Collections.unmodifiableMap(copy);
    }

    /** The prompt for one instruction and question. */
    public String render(String instructionText, String question) {
        return template.replace("{instruction}", instructionText).replace("{question}", question);
    }
}
