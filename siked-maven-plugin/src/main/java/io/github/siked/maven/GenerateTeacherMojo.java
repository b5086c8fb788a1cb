package io.github.siked.maven;

import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.GenerateTeacherStage;
import io.github.siked.teacher.GenerateTeacherStageConfig;
import io.github.siked.teacher.TeacherChoice;
import io.github.siked.teacher.TeacherSummary;
import io.github.siked.teacher.backend.TeacherBackend;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Generates the teacher data D_LLM (SIKeD section 3): k samples per training problem and strategy
 * from the teacher, graded, at most {@code keepPerQuestion} correct ones kept. Every answer is
 * journaled as it arrives and cached for other experiments, so a killed build resumes without
 * asking again. Writes {@code target/siked/generate-teacher/}: {@code teacher-samples.jsonl},
 * {@code teacher-graded.jsonl}, {@code d_llm.jsonl}, {@code journal.jsonl}, {@code manifest.json}.
 */
@Mojo(name = "generate-teacher", threadSafe = true)
public class GenerateTeacherMojo extends GenerateTeacherParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("generate-teacher")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        Path stageDir = workDir.toPath().resolve("generate-teacher");
        Outcome<TeacherSummary> result = Failures.translate(() -> {
            List<Strategy> chosen = CommaList.strategies(strategies, "siked.strategies");
            TeacherSettings teacher = teacher();
            TeacherChoice choice = teacher.choice();
            GenerateTeacherStageConfig config = new GenerateTeacherStageConfig(
                    trainDataset, trainLimit, chosen, seed, teacher.asking(choice), stageDir, sandbox());
            try (TeacherBackend backend = choice.open(trainDataset, synthetic(), events)) {
                return new StageRunner(events)
                        .run(new GenerateTeacherStage(
                                config, datasets(events), backend, teacher.prompts(chosen), events));
            }
        });
        getLog().info("teacher data: " + stageDir.resolve("d_llm.jsonl") + (result.skipped() ? " (unchanged)" : ""));
    }
}
