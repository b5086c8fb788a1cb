package io.github.siked.teacher.prompt;

import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import java.util.SortedMap;

/** Writes the teacher's prompt for a problem and strategy, and says which prompt files it used. */
public interface PromptRenderer {

    String render(Problem problem, Strategy strategy);

    /** sha256 of every prompt file used, by file name, for the stage manifest. */
    SortedMap<String, String> fileHashes();
}
