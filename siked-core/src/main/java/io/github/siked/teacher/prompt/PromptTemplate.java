package io.github.siked.teacher.prompt;

import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherException;
import java.util.Objects;

/**
 * A few-shot teacher prompt for one strategy: an instruction, worked examples, and the question
 * placeholder {@value #PLACEHOLDER} where the problem goes. The examples follow chain of thought
 * (Wei et al., arXiv 2201.11903), least-to-most (Zhou et al., arXiv 2205.10625) or program of
 * thought (Chen et al., arXiv 2211.12588), in the formats SIKeD grades (docs/method.md, "Strategies").
 *
 * @param strategy the strategy the examples demonstrate
 * @param file the file the template was read from; its text holds the placeholder exactly once
 */
public record PromptTemplate(Strategy strategy, PromptFile file) {

    /** Where the question goes. Braces cannot occur in a question's first words by accident. */
    public static final String PLACEHOLDER = "{question}";

    public PromptTemplate {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(file, "file");
        int first = file.text().indexOf(PLACEHOLDER);
        if (first < 0) {
            throw new TeacherException("prompt file " + file.location() + " has no " + PLACEHOLDER
                    + " placeholder: end it with a line 'Question: " + PLACEHOLDER + "' where the problem"
                    + " goes");
        }
        if (file.text().indexOf(PLACEHOLDER, first + 1) >= 0) {
            throw new TeacherException("prompt file " + file.location() + " has " + PLACEHOLDER
                    + " more than once: keep it only where the problem goes");
        }
    }

    /**
     * The prompt for one question: the file's text with the placeholder replaced. The question is
     * inserted as is and never scanned again, so braces in it are harmless.
     */
    public String render(String question) {
        String text = file.text();
        int at = text.indexOf(PLACEHOLDER);
        return text.substring(0, at) + question.strip() + text.substring(at + PLACEHOLDER.length());
    }
}
