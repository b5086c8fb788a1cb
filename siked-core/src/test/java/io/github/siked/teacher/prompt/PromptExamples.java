package io.github.siked.teacher.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The project's prompt folder, its prompt files cut into worked examples, and their gold answers. */
final class PromptExamples {

    /** One worked example: the question and the answer text after {@code Answer:}. */
    record Example(String question, String answer) {}

    /**
     * A prompt file cut apart.
     *
     * @param instruction the text before the first example
     * @param examples the worked examples, in order
     * @param tail the last block, where the question goes
     */
    record Parsed(String instruction, List<Example> examples, String tail) {}

    private PromptExamples() {}

    /** The project's {@code prompts/}, next to this module. */
    static Path folder() {
        return Path.of(System.getProperty("basedir", ".")).resolve("../prompts").normalize();
    }

    /** Cuts a prompt file into its instruction, its examples and the placeholder block. */
    static Parsed parse(String text) {
        String[] blocks = text.split("\n\n(?=Question: )");
        List<Example> examples = new ArrayList<>();
        for (int i = 1; i < blocks.length - 1; i++) {
            String block = blocks[i].strip();
            int answer = block.indexOf("\nAnswer:\n");
            if (answer < 0) {
                throw new IllegalArgumentException("example " + i + " has no 'Answer:' line: " + block);
            }
            examples.add(new Example(block.substring("Question: ".length(), answer), block.substring(answer + 9)));
        }
        return new Parsed(blocks[0].strip(), examples, blocks[blocks.length - 1]);
    }

    /** The gold answers in {@code answers.json}, by file name. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> goldAnswers() {
        try {
            return new ObjectMapper().readValue(Files.readString(folder().resolve("answers.json")), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
