package io.github.siked.stage;

import java.nio.file.Path;

/** Files written beside a stage's output: {@code graded.summary.json} beside {@code graded.jsonl}. */
public final class SiblingFile {

    private SiblingFile() {}

    /** The output's name without its extension, plus {@code suffix}, in the output's folder. */
    public static Path of(Path output, String suffix) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return output.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }
}
