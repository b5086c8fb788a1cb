package io.github.siked.student;

import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The text a student reads and writes (SIKeD, arXiv 2410.18574, section 3; docs/method.md,
 * "Student format"): an instruction-style prompt with the question as input, then a response.
 *
 * <pre>
 * Instruction: Solve the math word problem.
 * Input: Ann has 20 cards. Ann buys 4 cards. How many cards does Ann have now?
 * Response:
 * [cot]: 1. Cards Ann has after buying: 20 + 4 = 24.
 * Final Answer: 24
 * </pre>
 *
 * <p>In {@link Mode#TAGGED} mode (SIKeD) the response starts with the strategy tag, so the student
 * chooses its strategy by writing the tag, and self-sampling forces a strategy by pre-filling
 * {@code [s]: }. In {@link Mode#TASK_PREFIX} mode (Mixed Distillation, Li et al., Findings of EMNLP
 * 2024) the instruction line names the task instead and the response carries no tag.
 *
 * <p>The prompt always ends with a line break, so the response (and the pre-filled tag) begins a
 * line. Tokenizers must encode the prompt, the pre-filled tag and the body separately and
 * concatenate the ids: {@link StudentEncoder} does that, in training and in sampling alike.
 *
 * @param mode where the strategy is written
 * @param template the prompt's words ({@code prompts/student.json}, {@code prompts/md-tasks.json})
 */
public record StudentFormat(Mode mode, StudentTemplate template) {

    /** Where the strategy is written: in the response (SIKeD) or in the prompt (Mixed Distillation). */
    public enum Mode {
        /** The response starts with {@code [cot]: }, {@code [l2m]: } or {@code [pot]: }. */
        TAGGED,
        /** The prompt's instruction names the strategy; the response is the bare rationale. */
        TASK_PREFIX;

        /** {@code tagged} or {@code task-prefix}, as the pom writes it ({@code siked.train.format}). */
        public static Mode fromId(String id) {
            String key = id == null ? "" : id.strip();
            return switch (key) {
                case "tagged" -> TAGGED;
                case "task-prefix" -> TASK_PREFIX;
                default ->
                    throw new IllegalArgumentException("siked.train.format is '" + id + "': use tagged or task-prefix");
            };
        }
    }

    public StudentFormat {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(template, "template");
    }

    /** SIKeD's format with the bundled template: the strategy tag starts the response. */
    public static StudentFormat tagged() {
        return new StudentFormat(Mode.TAGGED, StudentTemplate.DEFAULT);
    }

    /** Mixed Distillation's format with the bundled template: one task instruction per strategy, no tag in the response. */
    public static StudentFormat taskPrefix() {
        return new StudentFormat(Mode.TASK_PREFIX, StudentTemplate.DEFAULT);
    }

    /** The instruction line that names a strategy's task in {@link Mode#TASK_PREFIX} mode. */
    public String taskInstruction(Strategy strategy) {
        return template.tasks().get(strategy);
    }

    /**
     * The prompt for a question; the response follows it directly. Blanks around the question are
     * dropped, so that a stray trailing space in a dataset does not change the tokens.
     *
     * @param task the strategy to ask for: ignored in tagged mode (the tag goes into the {@link
     *     #prefill}), required in task-prefix mode
     * @throws IllegalArgumentException in task-prefix mode without a strategy
     */
    public String prompt(String question, Optional<Strategy> task) {
        Objects.requireNonNull(question, "question");
        String instruction = switch (mode) {
            case TAGGED -> template.instruction();
            case TASK_PREFIX ->
                taskInstruction(task.orElseThrow(() -> new IllegalArgumentException(
                        "the task-prefix format (Mixed Distillation) asks for one strategy per"
                                + " prompt, but none was given: force a strategy when sampling, or"
                                + " use the tagged format to let the student choose")));
        };
        return template.render(instruction, question.strip());
    }

    /**
     * What is written into the response before generation to force a strategy: {@code [pot]: } in
     * tagged mode, nothing in task-prefix mode (the prompt already names the task).
     */
    public String prefill(Strategy strategy) {
        return mode == Mode.TAGGED ? strategy.tag() + " " : "";
    }

    /**
     * The rationale as the response body: any leading tag is removed, whatever the strategy it names,
     * so that a teacher output written with or without a tag trains the same response.
     */
    public String body(String rationale) {
        return StrategyTag.strip(Objects.requireNonNull(rationale, "rationale"));
    }

    /** The whole response a student is trained to write: {@link #prefill} then {@link #body}. */
    public String response(Strategy strategy, String rationale) {
        return prefill(strategy) + body(rationale);
    }

    /** Prompt then response, as one string: for reading and for building a vocabulary, not for encoding. */
    public String trainingText(String question, Strategy strategy, String rationale) {
        return prompt(question, Optional.of(strategy)) + response(strategy, rationale);
    }

    /**
     * Reads a generated response, the pre-filled tag included when there was one.
     *
     * @return the strategy its leading tag names (empty when it starts with no tag, as every
     *     task-prefix response does) and the body after the tag
     */
    public StudentResponse parse(String response) {
        Objects.requireNonNull(response, "response");
        return new StudentResponse(StrategyTag.read(response), StrategyTag.strip(response));
    }

    /**
     * Every fixed text this format writes (instructions, headers, tags), for building a word
     * vocabulary that covers the template.
     */
    public List<String> fixedTexts() {
        // A set: the tagged prompt is the same for every strategy.
        Set<String> texts = new LinkedHashSet<>();
        for (Strategy strategy : Strategy.values()) {
            texts.add(prompt("", Optional.of(strategy)));
            texts.add(prefill(strategy));
        }
        return List.copyOf(texts);
    }
}
