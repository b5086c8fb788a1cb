package io.github.siked.maven;

import io.github.siked.loop.Experiment;
import io.github.siked.loop.ExperimentConfig;
import io.github.siked.loop.ExperimentResult;
import io.github.siked.teacher.TeacherChoice;
import io.github.siked.teacher.backend.TeacherBackend;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs a whole experiment, bound to {@code verify} so that {@code mvn verify} in an experiment
 * module runs it: teacher data, iteration 0, iterations 1..N of sample, verify, mix and train with
 * validation after each, evaluation of the best student on the test sets, the results folder, and
 * the accuracy gate (a JUnit report under {@code target/surefire-reports}; a miss fails the build).
 * Every stage is skipped when its manifest matches, so reruns and resumed builds redo only what
 * changed or was cut short. Its parameters are those of {@link ExperimentParameters}.
 */
@Mojo(name = "experiment", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ExperimentMojo extends ExperimentParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("experiment")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        ExperimentResult result = Failures.translate(() -> {
            ExperimentConfig config = config();
            TeacherChoice choice = teacher.choice();
            try (TeacherBackend backend = choice.open(trainDataset, synthetic(), events)) {
                Experiment.Teacher teacherRun = new Experiment.Teacher(
                        teacher.asking(choice),
                        backend,
                        teacher.prompts(config.training().strategies()));
                return new Experiment(events).run(config, teacherRun, datasets(events), studentEngine());
            }
        });
        getLog().info("gate: " + result.gate().checks().size() + " checks, JUnit report " + result.junitReport());
        GateVerdict.enforce(result.gate(), failOnMiss, getLog());
    }
}
